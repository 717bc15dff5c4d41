// ... imports from before

interface NavItem {
  to: string;
  label: string;
  adminOnly?: boolean;
}

const ITEMS: NavItem[] = [
  { to: '/projects', label: 'Projects' },
  { to: '/billing', label: 'Billing' },
  { to: '/settings', label: 'Settings' },
  { to: '/admin', label: 'Admin', adminOnly: true },
];

export function Nav({ current }: { current: string }) {
  const { user, logout } = useAuth();
  const isAdmin = user?.roles.includes('admin') ?? false;

  return (
    <nav className="nav">
      <ul>
        {ITEMS.filter((i) => !i.adminOnly || isAdmin).map((item) => (
          <li key={item.to}>
            <Link to={item.to} className={clsx('nav-link', current === item.to && 'active')}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <button onClick={logout}>Sign out</button>
    </nav>
  );
}
