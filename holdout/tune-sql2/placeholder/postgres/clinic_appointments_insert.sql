CREATE TABLE IF NOT EXISTS clinic.appointment_types (
    code         text PRIMARY KEY,
    label        text NOT NULL,
    duration_min integer NOT NULL CHECK (duration_min > 0)
);

INSERT INTO clinic.appointment_types (code, label, duration_min) VALUES
    ('GP15', 'GP short consult', 15),
    ('GP30', 'GP long consult', 30),
    ...
    ('VAX', 'Vaccination', 10)
ON CONFLICT (code) DO UPDATE SET label = EXCLUDED.label, duration_min = EXCLUDED.duration_min;

SELECT code, label FROM clinic.appointment_types ORDER BY code;
