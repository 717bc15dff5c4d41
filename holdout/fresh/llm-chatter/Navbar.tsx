Of course! Here is the complete Navbar with the mobile menu.

import { useState } from 'react';
import Link from 'next/link';

export default function Navbar() {
  const [open, setOpen] = useState(false);
  return (
    <nav className="flex items-center justify-between p-4">
      <Link href="/" className="font-bold">Acme</Link>
      <button className="md:hidden" onClick={() => setOpen(!open)} aria-label="Toggle menu">
        ☰
      </button>
      <ul className={`${open ? 'block' : 'hidden'} md:flex gap-4`}>
        <li><Link href="/blog">Blog</Link></li>
        <li><Link href="/about">About</Link></li>
      </ul>
    </nav>
  );
}

This uses Tailwind's `md:` breakpoint, so the toggle button is hidden on larger screens.
