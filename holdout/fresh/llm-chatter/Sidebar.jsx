I have updated the Sidebar so it collapses on mobile.

import { useState } from 'react';
import { Link } from 'react-router-dom';

export function Sidebar({ items }) {
  const [open, setOpen] = useState(false);
  return (
    <aside className={open ? 'sidebar open' : 'sidebar'}>
      <button className="sidebar-toggle" onClick={() => setOpen((o) => !o)}>
        ☰
      </button>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link to={item.href} onClick={() => setOpen(false)}>{item.label}</Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
