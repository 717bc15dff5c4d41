CREATE TABLE memberships (
    member_id  INTEGER PRIMARY KEY,
    plan       TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    auto_renew INTEGER NOT NULL DEFAULT 0
);

INSERT INTO memberships VALUES
    (1, 'monthly', date('now', '+5 days'), 0),
    (2, 'annual',  date('now', '+40 days'), 1),
    (3, 'monthly', date('now', '+2 days'), 1);

SELECT member_id,
       plan,
       expires_on,
       julianday(expires_on) - julianday('now') AS days_left
FROM memberships
ORDER BY expires_on
WHERE auto_renew = 0
  AND expires_on <= date('now', '+14 days');
