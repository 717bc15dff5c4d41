import { Link } from 'react-router-dom';

const SOCIAL = [
  { href: 'https://github.com/acme', label: 'GitHub' },
  { href: 'https://mastodon.social/@acme', label: 'Mastodon' },
];

export function Footer({ year = new Date().getFullYear() }) {
  return (
    <footer className="site-footer">
      <p>© {year} Acme Inc.</p>
      <nav aria-label="Footer">
        <Link to="/privacy">Privacy</Link>
        <Link to="/terms">Terms</Link>
        {SOCIAL.map((s) => <a key={s.href} href={s.href}>{s.label}</a>)}
        <a href="https://docs.acme