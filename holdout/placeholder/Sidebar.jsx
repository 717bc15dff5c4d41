import { useState } from 'react';
import { NavLink } from 'react-router-dom';
import { ChevronIcon } from './icons';

export function Sidebar({ sections, collapsedByDefault = false }) {
  const [collapsed, setCollapsed] = useState(collapsedByDefault);

  return (
    <aside className={collapsed ? 'sidebar sidebar--collapsed' : 'sidebar'}>
      <button
        className="sidebar__toggle"
        aria-expanded={!collapsed}
        onClick={() => setCollapsed((c) => !c)}
      >
        <ChevronIcon direction={collapsed ? 'right' : 'left'} />
      </button>

      {sections.map((section) => (
        <nav key={section.id} aria-label={section.title}>
          {!collapsed && <h3>{section.title}</h3>}
          {/* rest of the component stays the same */}
        </nav>
      ))}
    </aside>
  );
}
