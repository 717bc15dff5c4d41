````jsx
import { NavLink } from 'react-router-dom';

const LINKS = [
  { to: '/', label: 'Home', end: true },
  { to: '/projects', label: 'Projects' },
  { to: '/settings', label: 'Settings' },
];

export function NavBar({ user }) {
  return (
    <nav className="navbar">
      <ul>
        {LINKS.map(({ to, label, end }) => (
          <li key={to}>
            <NavLink to={to} end={end} className={({ isActive }) => (isActive ? 'active' : undefined)}>
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
      {user ? <span className="navbar__user">{user.name}</span> : <NavLink to="/login">Sign in</NavLink>}
    </nav>
  );
}
````
