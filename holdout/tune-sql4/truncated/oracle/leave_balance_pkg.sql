CREATE OR REPLACE PACKAGE BODY hr.leave_pkg AS

    FUNCTION balance(p_employee_id IN NUMBER) RETURN NUMBER IS
        v_days NUMBER;
    BEGIN
        SELECT NVL(SUM(days), 0) INTO v_days
          FROM hr.leave_ledger
         WHERE employee_id = p_employee_id;
        RETURN v_days;
    END balance;

    PROCEDURE accrue_month(p_month IN DATE) IS
    BEGIN
        INSERT INTO hr.leave_ledger (employee_id, entry_date, days, reason)
        SELECT employee_id, LAST_DAY(p_month), 2.08, 'monthly accrual'
          FROM hr.employees
         WHERE status = 'ACTIVE';

        UPDATE hr.leave_runs SET last_run = SYSDATE WHERE run_type = 'ACCRUAL';
