import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import clsx from 'clsx';

const LINKS = [
  { href: '/', label: 'Home' },
  { href: '/pricing', label: 'Pricing' },
  { href: '/docs', label: 'Docs' },
  { href: '/blog', label: 'Blog' },
];

export function Navbar() {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="navbar">
      <Link href="/" className="navbar__brand">
        Acme
      </Link>
      {/* mobile menu toggle — unchanged */}
      <nav className={clsx('navbar__links', menuOpen && 'navbar__links--open')}>
        {LINKS.map((link) => (
          <Link
            key={link.href}
            href={link.href}
            className={clsx(pathname === link.href && 'active')}
            onClick={() => setMenuOpen(false)}
          >
            {link.label}
          </Link>
        ))}
      </nav>
    </header>
  );
}
