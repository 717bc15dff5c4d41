-- Project health metrics for the admin dashboard
SELECT
    pr.id,
    pr.name,
    count(DISTINCT m.user_id) AS members,
    count(t.id) FILTER (WHERE t.state = 'open') AS open_tasks,
    <other metrics>,
    max(t.updated_at) AS last_activity
FROM projects pr
LEFT JOIN memberships m ON m.project_id = pr.id
LEFT JOIN tasks t ON t.project_id = pr.id
GROUP BY pr.id, pr.name
ORDER BY last_activity DESC NULLS LAST;
