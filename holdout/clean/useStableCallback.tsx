import { useCallback, useLayoutEffect, useRef } from "react";

/** Identity function, written as a generic arrow; the trailing comma keeps TSX happy. */
export const identity = <T,>(value: T): T => value;

export const pick = <T, K extends keyof T>(obj: T, ...keys: K[]): Pick<T, K> => {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = obj[key];
  return out;
};

export const tuple = <const T extends readonly unknown[],>(...items: T): T => items;

export function useStableCallback<Args extends unknown[], R>(
  fn: (...args: Args) => R,
): (...args: Args) => R {
  const ref = useRef(fn);

  useLayoutEffect(() => {
    ref.current = fn;
  });

  return useCallback((...args: Args) => ref.current(...args), []);
}

export function Example({ onSave }: { onSave: (id: string) => void }) {
  const save = useStableCallback((id: string) => onSave(identity(id)));
  const ids = tuple("a", "b", "c");
  return (
    <ul>
      {ids.map((id) => (
        <li key={id}>
          <button type="button" onClick={() => save(id)}>
            Save {id}
          </button>
        </li>
      ))}
    </ul>
  );
}
