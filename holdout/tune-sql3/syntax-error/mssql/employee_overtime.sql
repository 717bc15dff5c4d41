-- Overtime hours per employee for the current pay period
DECLARE @PeriodStart date = '2024-03-01';
DECLARE @PeriodEnd date = '2024-03-15';

SELECT
    e.EmployeeId,
    e.FullName,
    SUM(t.HoursWorked) AS TotalHours,
    SUM(CASE WHEN t.HoursWorked > 8 THEN t.HoursWorked - 8 ELSE 0 END) AS OvertimeHours
FROM dbo.Employees AS e
JOIN dbo.Timesheets AS t ON t.EmployeeId = e.EmployeeId
WHRE t.WorkDate BETWEEN @PeriodStart AND @PeriodEnd
  AND e.IsActive = 1
GROUP BY e.EmployeeId, e.FullName
HAVING SUM(t.HoursWorked) > 80
ORDER BY OvertimeHours DESC;

INSERT INTO dbo.PayrollFlags (EmployeeId, FlagType, CreatedAt)
SELECT EmployeeId, 'overtime_review', SYSUTCDATETIME()
FROM dbo.Timesheets
WHERE WorkDate BETWEEN @PeriodStart AND @PeriodEnd
GROUP BY EmployeeId
HAVING SUM(HoursWorked) > 100;
