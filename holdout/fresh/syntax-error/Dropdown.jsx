import { useState } from 'react';

export function Dropdown({ label, items, onSelect }) {
  const [open, setOpen] = useState(false);

  return (
    <div className="dropdown">
      <button onClick={() => setOpen(!open)}}>
        {label}
      </button>
      {open && (
        <ul className="dropdown-menu">
          {items.map((item) => (
            <li key={item.value} onClick={() => { onSelect(item.value); setOpen(false); }}>
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
