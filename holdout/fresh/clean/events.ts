type EventName<K extends string> = `${K}Changed`;

export type ChangeEvents<T> = {
  [K in keyof T & string as EventName<K>]: (next: T[K], prev: T[K]) => void;
};

export type Awaited2<T> = T extends PromiseLike<infer U> ? Awaited2<U> : T;

export type DeepReadonly<T> = T extends (...args: any[]) => any
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export function observe<T extends object>(target: T, handlers: Partial<ChangeEvents<T>>): T {
  return new Proxy(target, {
    set(obj, key, value) {
      const prev = Reflect.get(obj, key);
      const ok = Reflect.set(obj, key, value);
      const handler = (handlers as Record<string, ((n: unknown, p: unknown) => void) | undefined>)[`${String(key)}Changed`];
      handler?.(value, prev);
      return ok;
    },
  });
}
