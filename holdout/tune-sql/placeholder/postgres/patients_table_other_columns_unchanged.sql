-- Migration 0042: add consent tracking to patients
BEGIN;

CREATE TABLE clinic.patients_new (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    mrn             varchar(20) NOT NULL UNIQUE,
    given_name      text NOT NULL,
    family_name     text NOT NULL,
    -- ... other columns unchanged ...
    consent_given   boolean NOT NULL DEFAULT false,
    consent_at      timestamptz,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

INSERT INTO clinic.patients_new (id, mrn, given_name, family_name, updated_at)
SELECT id, mrn, given_name, family_name, updated_at
FROM clinic.patients;

ALTER TABLE clinic.patients RENAME TO patients_old;
ALTER TABLE clinic.patients_new RENAME TO patients;

COMMIT;
