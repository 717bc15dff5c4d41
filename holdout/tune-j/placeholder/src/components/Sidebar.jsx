import { NavLink } from 'react-router-dom';
import { useState } from 'react';
import Icon from './Icon';

export default function Sidebar({ sections, collapsed, onToggle }) {
  const [openSection, setOpenSection] = useState('projects');

  return (
    <aside className={collapsed ? 'sidebar sidebar--collapsed' : 'sidebar'}>
      <button type="button" className="sidebar__toggle" onClick={onToggle}>
        <Icon name={collapsed ? 'chevron-right' : 'chevron-left'} />
      </button>
      <nav>
        <div className="sidebar__section">
          <button type="button" onClick={() => setOpenSection('projects')}>
            <Icon name="folder" /> {!collapsed && 'Projects'}
          </button>
          {openSection === 'projects' && (
            <ul>
              {sections.projects.map((p) => (
                <li key={p.id}>
                  <NavLink to={`/projects/${p.id}`}>{p.name}</NavLink>
                </li>
              ))}
            </ul>
          )}
        </div>
        {/* nav sections for Settings and Billing — same markup as the
            Projects section above, just reading sections.settings / .billing */}
      </nav>
    </aside>
  );
}
