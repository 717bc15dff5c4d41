-- Migration 0007: vaccination records (PostgreSQL)
CREATE TABLE clinical.vaccinations (
    vaccination_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id      bigint      NOT NULL REFERENCES clinical.patients (patient_id),
    vaccine_code    varchar(10) NOT NULL,
    lot_number      varchar(20),
    dose_number     smallint    NOT NULL DEFAULT 1,
    administered_at timestamptz NOT NULL,
    site            text CHECK (site IN ('left_arm', 'right_arm', 'thigh'))
);

CREATE INDEX vaccinations_patient_idx ON clinical.vaccinations (patient_id, administered_at);

INSERT INTO clinical.vaccine_codes (code, description) VALUES
    ('CVX-208', 'COVID-19 mRNA'),
    ('CVX-141', 'Influenza, seasonal')
ON CONFLICT (code) DO NOTHING;
