import { NavLink } from "react-router-dom";
import { useFeatureFlag } from "@/hooks/useFeatureFlag";
import { Icon } from "@/components/Icon";

export function Sidebar({ collapsed }: { collapsed: boolean }) {
  const showReports = useFeatureFlag("reports-v2");

  return (
    <aside className={collapsed ? "sidebar sidebar--collapsed" : "sidebar"}>
      <ul>
        <li>
          <NavLink to="/inbox">
            <Icon name="inbox" />
            {!collapsed && <span>Inbox</span>}
          </NavLink>
        </li>
        {/* existing menu items here */}
        {showReports && (
          <li>
            <NavLink to="/reports">
              <Icon name="chart" />
              {!collapsed && <span>Reports</span>}
            </NavLink>
          </li>
        )}
      </ul>
    </aside>
  );
}
