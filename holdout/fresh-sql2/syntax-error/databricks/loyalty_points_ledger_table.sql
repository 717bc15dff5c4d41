CREATE SCHEMA IF NOT EXISTS loyalty;

CREATE TABLE IF NOT EXISTS loyalty.points_ledger (
  entry_id     BIGINT GENERATED ALWAYS AS IDENTITY,
  member_id    BIGINT NOT NULL,
  points       INT NOT NULL,
  reason       STRING
  created_at   TIMESTAMP NOT NULL,
  expires_at   TIMESTAMP
)
USING DELTA
TBLPROPERTIES ('delta.appendOnly' = 'true');

SELECT member_id, sum(points) AS balance
FROM loyalty.points_ledger
WHERE expires_at IS NULL OR expires_at > current_timestamp()
GROUP BY member_id;
