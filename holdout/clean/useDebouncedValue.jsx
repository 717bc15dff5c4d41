import { useEffect, useRef, useState } from 'react';

export function useDebouncedValue(value, delay = 300) {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);

  return debounced;
}

export function SearchBox({ onSearch, placeholder = 'Search…' }) {
  const [query, setQuery] = useState('');
  const debounced = useDebouncedValue(query, 250);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    onSearch?.(debounced.trim());
  }, [debounced, onSearch]);

  return (
    <input
      type="search"
      value={query}
      placeholder={placeholder}
      onChange={(e) => setQuery(e.target.value)}
    />
  );
}