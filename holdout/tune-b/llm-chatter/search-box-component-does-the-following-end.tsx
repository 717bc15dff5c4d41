import { useDeferredValue, useState } from "react";
import { useSearch } from "./use-search";

export function SearchBox() {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const { results, isLoading } = useSearch(deferred);

  return (
    <div role="search">
      <input
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label="Search products"
      />
      {isLoading && <span aria-live="polite">Searching</span>}
      <ul>
        {results.map((r) => (
          <li key={r.id}>{r.title}</li>
        ))}
      </ul>
    </div>
  );
}

This component does the following:
1. Keeps the input responsive by deferring the search query.
2. Announces the loading state to screen readers.
3. Renders the results as a simple list.
