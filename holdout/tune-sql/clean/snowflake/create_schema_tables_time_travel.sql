CREATE SCHEMA IF NOT EXISTS HR.PEOPLE DATA_RETENTION_TIME_IN_DAYS = 14;

CREATE OR REPLACE TABLE HR.PEOPLE.EMPLOYEES (
    employee_id   NUMBER(38,0) AUTOINCREMENT START 1000 INCREMENT 1,
    email         VARCHAR(320) NOT NULL,
    full_name     VARCHAR(200) NOT NULL,
    department    VARCHAR(100),
    hired_on      DATE NOT NULL,
    profile       VARIANT,
    tags          ARRAY,
    created_at    TIMESTAMP_LTZ DEFAULT CURRENT_TIMESTAMP(),
    CONSTRAINT pk_employees PRIMARY KEY (employee_id)
)
COMMENT = 'Employee master; rest of HR data lives in WORKDAY_RAW';

CREATE OR REPLACE TRANSIENT TABLE HR.PEOPLE.EMPLOYEES_SNAPSHOT
    CLONE HR.PEOPLE.EMPLOYEES;

SELECT COUNT(*) AS rows_yesterday
FROM HR.PEOPLE.EMPLOYEES AT (OFFSET => -60 * 60 * 24);

INSERT INTO HR.PEOPLE.EMPLOYEES (email, full_name, department, hired_on, profile, tags)
SELECT 'ana@acme.io', 'Ana Ruiz', 'Finance', '2026-11-17'::DATE,
       PARSE_JSON('{"level": "L4", "remote": true}'), ARRAY_CONSTRUCT('finance', 'emea');
