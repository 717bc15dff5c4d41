-- Lab results store, one row per analyte per specimen
CREATE TABLE clinical.lab_results (
    result_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    specimen_id      bigint       NOT NULL REFERENCES clinical.specimens (specimen_id),
    loinc_code       varchar(10)  NOT NULL,
    value_numeric    numeric(12,4),
    value_text       text,
    unit             varchar(20),
    -- ... remaining columns as before (reference ranges, flags, verified_by)
    resulted_at      timestamptz  NOT NULL DEFAULT now()
);

CREATE INDEX lab_results_specimen_idx ON clinical.lab_results (specimen_id);
CREATE INDEX lab_results_loinc_idx ON clinical.lab_results (loinc_code, resulted_at DESC);

COMMENT ON TABLE clinical.lab_results IS 'Discrete analyte results from LIS feed';
