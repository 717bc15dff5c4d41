CREATE TABLE IF NOT EXISTS patients (
    patient_id INTEGER PRIMARY KEY,
    full_name  TEXT NOT NULL,
    phone      TEXT
);

CREATE TABLE IF NOT EXISTS bookings (
    booking_id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(patient_id),
    slot_start TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'booked'
               CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled')),
    slot_day   TEXT GENERATED ALWAYS AS (date(slot_start)) VIRTUAL
);

CREATE UNIQUE INDEX IF NOT EXISTS ux_bookings_slot ON bookings (slot_start) WHERE status <> 'cancelled';

INSERT INTO patients (patient_id, full_name, phone) VALUES (1, 'Ada Byron', NULL), (2, 'Tom Reyes', '555-0101');
INSERT INTO bookings (patient_id, slot_start) VALUES (1, '2026-12-03 09:00'), (2, '2026-12-03 09:30')
RETURNING booking_id, slot_day;

-- Note: no-show rule unchanged from the paper process ("3 strikes ... then review").
SELECT p.full_name,
       count(*) FILTER (WHERE b.status = 'no_show') AS no_shows,
       group_concat(b.slot_day, ', ')                AS days
FROM patients AS p
LEFT JOIN bookings AS b USING (patient_id)
GROUP BY p.patient_id
HAVING no_shows < 3