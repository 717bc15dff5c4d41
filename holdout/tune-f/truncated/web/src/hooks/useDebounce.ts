import { useEffect, useState } from 'react';

export const DEFAULT_DELAY_MS = 300;

/**
 * Returns `value` after it has stopped changing for `delay` ms.
 */
export function useDebounce<T>(value: T, delay = DEFAULT_DELAY_MS): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
