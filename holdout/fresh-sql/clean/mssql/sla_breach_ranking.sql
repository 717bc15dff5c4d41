-- Rank support agents by SLA breaches per week.
-- TODO: the same as last quarter's dashboard, but with the 4h first-response target.
WITH first_response AS (
    SELECT t.[ticket_id],
           t.[assigned_agent_id],
           t.[created_at],
           MIN(c.[created_at]) AS [first_reply_at]
    FROM [support].[tickets] AS t
    LEFT JOIN [support].[ticket_comments] AS c
           ON c.[ticket_id] = t.[ticket_id]
          AND c.[is_agent] = 1
    GROUP BY t.[ticket_id], t.[assigned_agent_id], t.[created_at]
),
weekly AS (
    SELECT [assigned_agent_id],
           DATEADD(WEEK, DATEDIFF(WEEK, 0, [created_at]), 0) AS [week_start],
           SUM(CASE WHEN DATEDIFF(MINUTE, [created_at], ISNULL([first_reply_at], SYSUTCDATETIME())) > 240
                    THEN 1 ELSE 0 END) AS [breaches],
           COUNT(*) AS [tickets]
    FROM first_response
    GROUP BY [assigned_agent_id], DATEADD(WEEK, DATEDIFF(WEEK, 0, [created_at]), 0)
)
SELECT TOP (100) w.[week_start],
       a.[display_name],
       w.[breaches],
       w.[tickets],
       DENSE_RANK() OVER (PARTITION BY w.[week_start] ORDER BY w.[breaches] DESC) AS [breach_rank],
       LAG(w.[breaches]) OVER (PARTITION BY w.[assigned_agent_id] ORDER BY w.[week_start]) AS [prev_week_breaches]
FROM weekly AS w
JOIN [support].[agents] AS a ON a.[agent_id] = w.[assigned_agent_id]
ORDER BY w.[week_start] DESC, [breach_rank];
