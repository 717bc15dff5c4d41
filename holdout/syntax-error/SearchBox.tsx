import { useDeferredValue, useMemo, useState } from "react";

interface SearchBoxProps<T> {
  items: T[];
  getLabel: (item: T) => string;
  onSelect: (item: T) => void;
}

export function SearchBox<T>({ items, getLabel, onSelect }: SearchBoxProps<T>) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);

  const results = useMemo(() => {
    const q = deferred.trim().toLowerCase();
    if (!q) return [];
    return items.filter((item) => getLabel(item).toLowerCase().includes(q))).slice(0, 10);
  }, [items, deferred, getLabel]);

  return (
    <div className="search-box" role="combobox" aria-expanded={results.length > 0}>
      <input
        type="search"
        value={query}
        placeholder="Search…"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul role="listbox">
        {results.map((item) => (
          <li key={getLabel(item)} role="option" onClick={() => onSelect(item)}>
            {getLabel(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
