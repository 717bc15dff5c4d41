import { useState } from 'react';

// TODO: close the menu when the route changes
// FIXME: focus trap is missing while the drawer is open
export default function MobileNav({ links }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button aria-expanded={open} aria-controls="mobile-nav" onClick={() => setOpen(!open)}>
        Menu
      </button>
      <nav id="mobile-nav" hidden={!open}>
        <ul>
          {links.map((l) => (
            <li key={l.href}>
              <a href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
