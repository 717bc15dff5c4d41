CREATE OR REPLACE PACKAGE hr.payroll_adjust AS
    -- Note: the rest of the payroll API is unchanged (see hr.payroll_core).
    PROCEDURE apply_raise(p_dept_id IN NUMBER, p_pct IN NUMBER);
END payroll_adjust;
/

CREATE OR REPLACE PACKAGE BODY hr.payroll_adjust AS
    PROCEDURE apply_raise(p_dept_id IN NUMBER, p_pct IN NUMBER) IS
        v_count PLS_INTEGER := 0;
    BEGIN
        IF p_pct NOT BETWEEN 0 AND 15 THEN
            RAISE_APPLICATION_ERROR(-20010, 'raise out of range ... max 15%');
        END IF;

        FOR r IN (SELECT employee_id, salary
                    FROM hr.employees
                   WHERE department_id = p_dept_id
                     FOR UPDATE OF salary) LOOP
            UPDATE hr.employees
               SET salary = ROUND(r.salary * (1 + p_pct / 100), 2)
             WHERE employee_id = r.employee_id;
            v_count := v_count + 1;
        END LOOP;

        INSERT INTO hr.payroll_audit (dept_id, pct, rows_changed, note, changed_at)
        VALUES (p_dept_id, p_pct, v_count, 'TODO: notify finance', SYSTIMESTAMP);
    EXCEPTION
        WHEN OTHERS THEN
            ROLLBACK;
            RAISE;
    END apply_raise;
END payroll_adjust;
/
