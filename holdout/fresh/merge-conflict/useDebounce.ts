import { useEffect, useState } from 'react';

export function useDebounce<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
<<<<<<< main
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
=======
    const id = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(id);
>>>>>>> fix/ssr
  }, [value, delay]);

  return debounced;
}
