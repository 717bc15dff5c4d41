-- Here is the org chart query (hierarchical) used by the HR portal.
SELECT LPAD(' ', 2 * (LEVEL - 1)) || e.last_name          AS name_indented,
       e.employee_id,
       e.manager_id,
       LEVEL                                             AS depth,
       SYS_CONNECT_BY_PATH(e.last_name, ' > ')           AS chain,
       NVL(d.department_name, '(unassigned)')            AS dept,
       DECODE(e.job_id, 'AD_PRES', 'exec', 'AD_VP', 'exec', 'staff') AS tier
FROM hr.employees e
LEFT JOIN hr.departments d ON d.department_id = e.department_id
START WITH e.manager_id IS NULL
CONNECT BY NOCYCLE PRIOR e.employee_id = e.manager_id
ORDER SIBLINGS BY e.last_name;

-- Note: the rest of the sync is unchanged; only the title column is merged here.
MERGE INTO hr.portal_directory pd
USING (SELECT employee_id, job_title FROM hr.v_current_titles) src
   ON (pd.employee_id = src.employee_id)
 WHEN MATCHED THEN
      UPDATE SET pd.title = src.job_title, pd.synced_at = SYSDATE
      WHERE pd.title <> src.job_title
 WHEN NOT MATCHED THEN
      INSERT (employee_id, title, synced_at)
      VALUES (src.employee_id, src.job_title, SYSDATE);

SELECT employee_id, title
FROM hr.portal_directory
ORDER BY synced_at DESC
FETCH FIRST 10 ROWS ONLY;
