export type Millis = number;

export function debounce<T extends (...args: unknown[]) => void>(fn: T, wait: Millis): T {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return ((...args: unknown[]) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  }) as T;
}

// ... rest of the file unchanged
