Sure! Here's the query:

SELECT strftime('%Y-%W', performed_on) AS week,
       exercise,
       SUM(sets * reps * weight_kg) AS volume_kg,
       MAX(weight_kg) AS top_weight
FROM workout_sets
WHERE performed_on >= date('now', '-84 days')
GROUP BY week, exercise
ORDER BY week DESC, volume_kg DESC;

This groups each set by ISO-ish week using strftime and sums sets x reps x weight
to get training volume.
