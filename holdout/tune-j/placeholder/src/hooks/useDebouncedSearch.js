import { useEffect, useRef, useState } from 'react';
import { searchProducts } from '../api/search';

export function useDebouncedSearch(query, delay = 300) {
  const [results, setResults] = useState([]);
  const [loading, setLoading] = useState(false);
  const latestQuery = useRef(query);

  useEffect(() => {
    latestQuery.current = query;
    if (!query.trim()) {
      setResults([]);
      return undefined;
    }

    setLoading(true);
    const timer = setTimeout(async () => {
      const data = await searchProducts(query);
      if (latestQuery.current === query) {
        setResults(data);
        setLoading(false);
      }
    }, delay);

    return () => {
      // ... existing code ...
    };
  }, [query, delay]);

  return { results, loading };
}
