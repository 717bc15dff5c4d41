UPDATE crm.contracts
   SET status = 'EXPIRED'
 WHERE end_date < TRUNC(SYSDATE) AND status = 'ACTIVE';

DELETE FROM crm.renewal_reminders
 WHERE sent_at < ADD_MONTHS(SYSDATE, -6);

INSERT INTO crm.renewal_reminders (contract_id, remind_on, channel)
SELECT contract_id, end_date - 30, 'EMAIL'
  FROM crm.contracts
 WHERE status = 'ACTIVE'
   AND end_date BETWEEN SYSDATE AND SYSDATE + 60;

COMMIT;

INSERT INTO crm.renewal_audit (contract_id, action, logged_at)
VALUES
