import { NavLink } from "react-router-dom";
import { Home, Folder, Settings } from "lucide-react";
import type { ComponentType } from "react";

interface NavItem {
  to: string;
  label: string;
  icon: ComponentType<{ size?: number }>;
}

const items: NavItem[] = [
  { to: "/", label: "Home", icon: Home },
  { to: "/projects", label: "Projects", icon: Folder },
  // ... existing nav items
  { to: "/settings", label: "Settings", icon: Settings },
];

export function Sidebar() {
  return (
    <nav className="sidebar">
      {items.map(({ to, label, icon: Icon }) => (
        <NavLink key={to} to={to} className={({ isActive }) => (isActive ? "active" : "")}>
          <Icon size={16} />
          <span>{label}</span>
        </NavLink>
      ))}
    </nav>
  );
}
