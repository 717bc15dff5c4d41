import { useState } from 'react';
import Link from 'next/link';

const LINKS = [
  { href: '/', label: 'Home' },
  { href: '/docs', label: 'Docs' },
];

export function MobileMenu() {
  const [open, setOpen] = useSta        return (
    <div className="md:hidden">
      <button onClick={() => setOpen(!open)}>Menu</button>
      {open && (
        <ul>
          {LINKS.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
