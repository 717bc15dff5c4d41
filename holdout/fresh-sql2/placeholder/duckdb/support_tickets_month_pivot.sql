CREATE TABLE tickets (ticket_id INTEGER, team VARCHAR, opened VARCHAR);

INSERT INTO tickets VALUES (1, 'billing', 'Jan'), (2, 'billing', 'Feb'), (3, 'infra', 'Jan'), (4, 'infra', 'Dec');

PIVOT tickets
ON opened IN ('Jan', 'Feb', 'Mar', /* …more months… */ 'Dec')
USING count(*)
GROUP BY team
ORDER BY team;

SELECT team, count(*) AS total
FROM tickets
GROUP BY ALL
ORDER BY total DESC;
