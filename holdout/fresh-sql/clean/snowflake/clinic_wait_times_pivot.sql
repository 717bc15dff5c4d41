-- Median wait times per clinic and weekday, pivoted.
-- TODO(analytics): add public holidays once the calendar table lands; same as the Q3 deck otherwise.
SELECT *
FROM (
    SELECT clinic_code,
           DAYNAME(checked_in_at) AS weekday,
           DATEDIFF(minute, checked_in_at, seen_at) AS wait_min
    FROM health.mart.outpatient_visits
    WHERE checked_in_at >= DATEADD(month, -3, CURRENT_DATE())
      AND seen_at IS NOT NULL
)
PIVOT (MEDIAN(wait_min) FOR weekday IN ('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))
    AS p (clinic_code, mon, tue, wed, thu, fri)
ORDER BY clinic_code;
