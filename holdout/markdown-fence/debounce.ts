```typescript
export function debounce<Args extends unknown[]>(
  fn: (...args: Args) => void,
  waitMs: number,
): ((...args: Args) => void) & { cancel(): void; flush(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: Args | undefined;

  const debounced = (...args: Args) => {
    pending = args;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const a = pending!;
      pending = undefined;
      fn(...a);
    }, waitMs);
  };

  debounced.cancel = () => {
    clearTimeout(timer);
    timer = pending = undefined;
  };

  debounced.flush = () => {
    if (pending) {
      clearTimeout(timer);
      const a = pending;
      pending = timer = undefined;
      fn(...a);
    }
  };

  return debounced;
}
```
