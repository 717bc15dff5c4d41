-- Bucket support tickets by age and priority for the SLA report
SELECT
    t.id,
    t.subject,
    t.priority,
    TIMESTAMPDIFF(HOUR, t.created_at, NOW()) AS age_hours,
    CASE
        WHEN t.priority = 'urgent' AND TIMESTAMPDIFF(HOUR, t.created_at, NOW()) > 4 THEN 'breached'
        WHEN t.priority = 'high' AND TIMESTAMPDIFF(HOUR, t.created_at, NOW()) > 24 THEN 'breached'
        WHEN TIMESTAMPDIFF(HOUR, t.created_at, NOW()) > 72 THEN 'at_risk'
        ELSE 'ok'
    AS sla_state,
    a.full_name AS assignee
FROM support_tickets t
LEFT JOIN agents a ON a.id = t.assignee_id
WHERE t.status IN ('open', 'pending')
ORDER BY age_hours DESC;

SELECT priority, COUNT(*) AS open_count
FROM support_tickets
WHERE status = 'open'
GROUP BY priority
ORDER BY open_count DESC;
