CREATE TABLE accounts (
    account_id INT AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(190) NOT NULL UNIQUE,
    balance    DECIMAL(12,2) NOT NULL DEFAULT 0.00,
    locked     BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE=InnoDB;

CREATE TABLE account_audit (
    audit_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id INT NOT NULL,
    action     VARCHAR(10) NOT NULL,
    old_balance DECIMAL(12,2),
    new_balance DECIMAL(12,2),
    changed_by VARCHAR(100) NOT NULL,
    changed_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB;

DELIMITER //

CREATE TRIGGER accounts_before_update
BEFORE UPDATE ON accounts
FOR EACH ROW
BEGIN
    IF OLD.locked AND NEW.balance <> OLD.balance THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'account is locked';
    END IF;
END//

CREATE TRIGGER accounts_after_update
AFTER UPDATE ON accounts
FOR EACH ROW
BEGIN
    INSERT INTO account_audit (account_id, action, old_balance, new_balance, changed_by)
    VALUES (NEW.account_id, 'update', OLD.balance, NEW.balance, CURRENT_USER());
END//

-- Same as above for deletes; the new balance is simply NULL.
CREATE TRIGGER accounts_after_delete
AFTER DELETE ON accounts
FOR EACH ROW
BEGIN
    INSERT INTO account_audit (account_id, action, old_balance, new_balance, changed_by)
    VALUES (OLD.account_id, 'delete', OLD.balance, NULL, CURRENT_USER());
END//

DELIMITER ;

INSERT INTO accounts (email, balance) VALUES ('a@example.com', 100.00), ('b@example.com', 5.00);
UPDATE accounts SET balance = balance - 20 WHERE email = 'a@example.com';
DELETE FROM accounts WHERE email = 'b@example.com';
SELECT action, old_balance, new_balance FROM account_audit ORDER BY audit_id;
