```TypeScript
import { useState, useEffect } from 'react';

interface SearchBoxProps {
  onSearch: (query: string) => void;
  delay?: number;
}

export default function SearchBox({ onSearch, delay = 300 }: SearchBoxProps) {
  const [query, setQuery] = useState('');

  useEffect(() => {
    const t = setTimeout(() => onSearch(query.trim()), delay);
    return () => clearTimeout(t);
  }, [query, delay, onSearch]);

  return (
    <input
      type="search"
      value={query}
      onChange={(e) => setQuery(e.target.value)}
      placeholder="Search..."
    />
  );
}
```