CREATE TEMP TABLE appointments (
    appt_id     int PRIMARY KEY,
    doctor_id   int NOT NULL,
    starts_at   timestamptz NOT NULL,
    duration    interval NOT NULL DEFAULT interval '20 minutes',
    status      text NOT NULL
);

SELECT doctor_id,
       starts_at::date                       AS day,
       count(*)                              AS booked,
       sum(duration)                         AS booked_time,
       count(*) FILTER (WHERE status = 'no_show') AS no_shows,
FROM appointments
WHERE starts_at >= date_trunc('week', now())
GROUP BY doctor_id, starts_at::date
HAVING count(*) > 3
ORDER BY day, booked DESC;
