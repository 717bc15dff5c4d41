-- Ward tablet app: vitals with an audit trigger and an early-warning view.
-- TODO entries in the nursing notes column are free text and are not parsed here.
CREATE TABLE vitals (
    id          INTEGER PRIMARY KEY,
    patient_id  INTEGER NOT NULL,
    taken_at    TEXT    NOT NULL DEFAULT (datetime('now')),
    resp_rate   INTEGER,
    spo2        INTEGER,
    pulse       INTEGER,
    notes       TEXT
);

CREATE TABLE vitals_audit (
    vitals_id   INTEGER NOT NULL,
    changed_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    old_spo2    INTEGER,
    new_spo2    INTEGER
);

CREATE TRIGGER vitals_spo2_audit
AFTER UPDATE OF spo2 ON vitals
FOR EACH ROW
WHEN OLD.spo2 IS NOT NEW.spo2
BEGIN
    INSERT INTO vitals_audit (vitals_id, old_spo2, new_spo2)
    VALUES (OLD.id, OLD.spo2, NEW.spo2);
END;

CREATE VIEW news2_partial AS
SELECT id, patient_id,
       CASE WHEN resp_rate <= 8 OR resp_rate >= 25 THEN 3
            WHEN resp_rate BETWEEN 21 AND 24 THEN 2
            WHEN resp_rate BETWEEN 9 AND 11 THEN 1 ELSE 0 END
     + CASE WHEN spo2 <= 91 THEN 3 WHEN spo2 BETWEEN 92 AND 93 THEN 2
            WHEN spo2 BETWEEN 94 AND 95 THEN 1 ELSE 0 END AS score
FROM vitals;

INSERT INTO vitals (patient_id, resp_rate, spo2, pulse, notes) VALUES (7, 22, 94, 88, 'TODO: recheck at 14:00');
UPDATE vitals SET spo2 = 96 WHERE patient_id = 7;
SELECT * FROM news2_partial;
