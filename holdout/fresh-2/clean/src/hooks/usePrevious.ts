import { useEffect, useRef } from 'react';

/**
 * Returns the value from the previous render. On the first render there is
 * no previous value yet, so it returns `undefined` (same as the example in
 * the React docs).
 */
export function usePrevious<T>(value: T): T | undefined {
  const ref = useRef<T | undefined>(undefined);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref.current;
}

/** True when the value differs from the previous render; the rest of the time false. */
export function useChanged<T>(value: T): boolean {
  const previous = usePrevious(value);
  return previous !== undefined && !Object.is(previous, value);
}
