-- Band leads by score for the sales handoff
FROM read_json_auto('data/leads.json')
SELECT
    lead_id,
    company,
    score,
    CASE
        WHEN score >= 80 THEN 'hot'
        WHEN score >= THEN 'warm'
        ELSE 'cold'
    END AS band,
WHERE created_at >= now() - INTERVAL 30 DAY
ORDER BY score DESC;

-- exported to the sales sheet by the notebook
