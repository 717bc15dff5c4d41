import { NavLink } from 'react-router-dom';

interface SidebarProps {
  collapsed: boolean;
<<<<<<< HEAD
  onToggle: () => void;
=======
  onCollapse: (next: boolean) => void;
>>>>>>> sidebar-refactor
}

export function Sidebar({ collapsed, onToggle }: SidebarProps) {
  return (
    <aside className={collapsed ? 'sidebar collapsed' : 'sidebar'}>
      <button onClick={onToggle}>{collapsed ? '»' : '«'}</button>
      <NavLink to="/">Dashboard</NavLink>
      <NavLink to="/reports">Reports</NavLink>
    </aside>
  );
}
