```sql
CREATE OR REPLACE DYNAMIC TABLE SUPPORT.MART.TICKET_SLA
    TARGET_LAG = '15 minutes'
    WAREHOUSE = TRANSFORM_WH
AS
SELECT t.ticket_id,
       t.priority,
       t.created_at,
       MIN(c.created_at) AS first_response_at,
       DATEDIFF('minute', t.created_at, MIN(c.created_at)) AS minutes_to_first_response
FROM SUPPORT.RAW.TICKETS t
LEFT JOIN SUPPORT.RAW.TICKET_COMMENTS c
       ON c.ticket_id = t.ticket_id AND c.author_type = 'agent'
GROUP BY t.ticket_id, t.priority, t.created_at;
```
