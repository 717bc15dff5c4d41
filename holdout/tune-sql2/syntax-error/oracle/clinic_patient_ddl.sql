CREATE TABLE clinic.patients (
    patient_id     NUMBER(10)     GENERATED ALWAYS AS IDENTITY,
    mrn            VARCHAR2(20)   NOT NULL,
    full_name      VARCHAR2(200)  NOT NULL,
    birth_date     DATE           NOT NULL,
    sex            CHAR(1)        CHECK (sex IN ('F', 'M', 'X')),
    created_at     TIMESTAMP      DEFAULT SYSTIMESTAMP NOT NULL,
    CONSTRAINT pk_patients PRIMARY KEY (patient_id),
    CONSTRAINT uq_patients_mrn UNIQUE (mrn),
);

CREATE INDEX clinic.ix_patients_name ON clinic.patients (UPPER(full_name));

COMMENT ON COLUMN clinic.patients.mrn IS 'Medical record number from the EHR';
