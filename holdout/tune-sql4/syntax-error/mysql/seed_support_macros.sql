-- Seed data for the helpdesk canned replies
CREATE TABLE IF NOT EXISTS support_macros (
    id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL UNIQUE,
    title      VARCHAR(120) NOT NULL,
    body       TEXT         NOT NULL,
    created_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO support_macros (code, title, body) VALUES
  ('REFUND_OK',  'Refund approved',  'Your refund has been approved and will post in 5-7 business days.'),
  ('SHIP_DELAY', 'Shipping delay',   'We're sorry, your order is delayed at the carrier.'),
  ('ADDR_CHECK', 'Address check',    'Please confirm your shipping address so we can dispatch.'),
  ('CLOSE_TKT',  'Closing ticket',   'We are closing this ticket. Reply to reopen it.');

UPDATE support_macros
SET title = CONCAT('[EN] ', title)
WHERE title NOT LIKE '[EN]%';

SELECT code, title FROM support_macros ORDER BY code;
