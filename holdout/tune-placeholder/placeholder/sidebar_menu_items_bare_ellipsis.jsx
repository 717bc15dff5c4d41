import { NavLink } from 'react-router-dom';
import { HomeIcon, FolderIcon, UsersIcon, CogIcon } from './icons';

const menuItems = [
  { to: '/', label: 'Overview', icon: HomeIcon, end: true },
  { to: '/projects', label: 'Projects', icon: FolderIcon },
  { to: '/settings', label: 'Settings', icon: CogIcon },
  ...
];

export default function Sidebar({ collapsed }) {
  return (
    <aside className={collapsed ? 'sidebar collapsed' : 'sidebar'}>
      <ul>
        {menuItems.map(({ to, label, icon: Icon, end }) => (
          <li key={to}>
            <NavLink to={to} end={end} className={({ isActive }) => (isActive ? 'active' : undefined)}>
              <Icon aria-hidden="true" />
              {!collapsed && <span>{label}</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </aside>
  );
}
