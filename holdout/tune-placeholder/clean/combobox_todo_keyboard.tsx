import { useState } from 'react';

interface Option {
  value: string;
  label: string;
}

// TODO: add keyboard navigation (arrow keys + Enter)
// TODO(a11y): announce the number of results with aria-live
export function Combobox({ options, onSelect }: { options: Option[]; onSelect: (v: string) => void }) {
  const [query, setQuery] = useState('');
  const matches = options.filter((o) => o.label.toLowerCase().includes(query.toLowerCase()));

  return (
    <div className="combobox">
      <input value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Search…" />
      <ul role="listbox">
        {matches.map((o) => (
          <li key={o.value} role="option" aria-selected={false} onClick={() => onSelect(o.value)}>
            {o.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
