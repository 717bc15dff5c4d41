-- Remaining leave per employee for the current year.
SELECT e.employee_id,
       e.first_name || ' ' || e.last_name            AS employee,
       d.department_name,
       NVL(a.entitled_days, 25)                       AS entitled,
       NVL(SUM(l.days_taken), 0)                      AS taken,
       NVL(a.entitled_days, 25) - NVL(SUM(l.days_taken), 0) AS remaining
FROM hr.employees e
JOIN hr.departments d ON d.department_id = e.department_id
LEFT JOIN hr.leave_allowances a
       ON a.employee_id = e.employee_id AND a.leave_year = EXTRACT(YEAR FROM SYSDATE)
LEFT JOIN hr.leave_requests l
       ON l.employee_id = e.employee_id
      AND l.status = 'APPROVED'
      AND l.start_date >= TRUNC(SYSDATE, 'YYYY')
GROUP BY e.employee_id, e.first_name, e.last_name, d.department_name, a.entitled_d