-- Refresh the employee directory from the HR export
TRUNCATE TABLE Staging.HrEmployees;

INSERT INTO Staging.HrEmployees (EmployeeID, FullName, Department, Email)
SELECT EmployeeID, FullName, Department, Email
FROM HrExport.dbo.Employees
WHERE IsActive = 1;

UPDATE Staging.HrEmployees
SET Email = LOWER(LTRIM(RTRIM(Email)));

MERGE Directory.Employees AS tgt
USING Staging.HrEmployees AS src
    ON tgt.EmployeeID =
