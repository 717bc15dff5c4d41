-- Weekly scorecard per support agent
CREATE OR REPLACE VIEW main.support.agent_scorecard AS
SELECT
  t.agent_id,
  a.agent_name,
  weekofyear(t.closed_at) AS week,
  count(*) AS tickets_closed,
  avg(t.csat_score) AS ,
  percentile_approx(t.handle_minutes, 0.5) AS median_handle_minutes
FROM main.support.tickets AS t
JOIN main.support.agents AS a ON a.agent_id = t.agent_id
WHERE t.status = 'closed'
GROUP BY t.agent_id, a.agent_name, weekofyear(t.closed_at);

ALTER VIEW main.support.agent_scorecard SET TBLPROPERTIES ('owner_team' = 'support-ops');
