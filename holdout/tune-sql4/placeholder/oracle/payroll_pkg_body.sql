CREATE OR REPLACE PACKAGE BODY hr.payroll_pkg AS

    PROCEDURE apply_raise(p_employee_id IN NUMBER, p_pct IN NUMBER) IS
    BEGIN
        UPDATE hr.employees
           SET salary = ROUND(salary * (1 + p_pct / 100), 2)
         WHERE employee_id = p_employee_id;
    END apply_raise;

    -- (other procedures in the package body unchanged)

    FUNCTION annual_cost(p_employee_id IN NUMBER) RETURN NUMBER IS
        v_salary hr.employees.salary%TYPE;
    BEGIN
        SELECT salary INTO v_salary FROM hr.employees WHERE employee_id = p_employee_id;
        RETURN v_salary * 12 * 1.21;
    END annual_cost;

END payroll_pkg;
/
