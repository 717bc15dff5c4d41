-- GDPR erasure for the users in the request batch
CREATE TEMPORARY TABLE erase_ids (user_id UInt64);

INSERT INTO erase_ids SELECT user_id FROM compliance.erasure_requests WHERE batch_id = 118;

ALTER TABLE web.pageviews DELETE WHERE user_id IN (SELECT user_id FROM erase_ids);

ALTER TABLE web.sessions DELETE WHERE user_id IN (SELECT user_id FROM erase_ids);

ALTER TABLE app.events DELETE
WHERE
