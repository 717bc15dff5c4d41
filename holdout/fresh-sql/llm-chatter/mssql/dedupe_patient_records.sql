;WITH ranked AS (
    SELECT [patient_id],
           ROW_NUMBER() OVER (
               PARTITION BY [mrn], [date_of_birth]
               ORDER BY [updated_at] DESC, [patient_id] DESC
           ) AS [rn]
    FROM [clinical].[patients]
)
DELETE FROM ranked
WHERE [rn] > 1;

Explanation:
- ROW_NUMBER() numbers the rows for each MRN/date-of-birth pair, newest first.
- Deleting through the CTE removes every row except the most recently updated one.
- Run it inside a transaction first so you can check the row count before committing.
