-- Monthly headcount snapshot, run by the HR_SNAPSHOT task.
CREATE OR REPLACE TASK hr.ops.hr_snapshot_task
    WAREHOUSE = hr_wh
    SCHEDULE = 'USING CRON 0 6 1 * * UTC'
AS
INSERT INTO hr.core.headcount_snapshots (snapshot_month, department, headcount)
SELECT DATE_TRUNC('month', CURRENT_DATE()), department, COUNT(*)
FROM hr.core.employees
WHERE terminated_on IS NULL
GROUP BY department;

CREATE OR REPLACE VIEW hr.core.v_headcount_trend AS
SELECT
FROM hr.core.headcount_snapshots
WHERE snapshot_month >= DATEADD(month, -12, CURRENT_DATE())
ORDER BY snapshot_month, department;

ALTER TASK hr.ops.hr_snapshot_task RESUME;
