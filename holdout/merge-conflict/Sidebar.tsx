import { NavLink } from "react-router-dom";
import { Home, Inbox, Settings, BarChart3 } from "lucide-react";

const LINKS = [
  { to: "/", label: "Home", icon: Home },
  { to: "/inbox", label: "Inbox", icon: Inbox },
  { to: "/reports", label: "Reports", icon: BarChart3 },
  { to: "/settings", label: "Settings", icon: Settings },
];

export function Sidebar({ collapsed }: { collapsed: boolean }) {
  return (
    <aside className="sidebar" data-collapsed={collapsed}>
      {LINKS.map(({ to, label, icon: Icon }) => (
        <NavLink
          key={to}
          to={to}
          end={to === "/"}
          className={({ isActive }) => (isActive ? "sidebar__link active" : "sidebar__link")}
        >
          <Icon size={18} aria-hidden />
          {!collapsed && <span>{label}</span>}
        </NavLink>
      ))}
    </aside>
  );
}
=======
export default Sidebar;
>>>>>>> feature/sidebar-default-export
