MERGE [hr].[Employees] AS tgt
USING [staging].[WorkdayEmployees] AS src
    ON tgt.[EmployeeNumber] = src.[EmployeeNumber]
WHEN MATCHED THEN
    UPDATE SET tgt.[FirstName]  = src.[FirstName],
               tgt.[LastName]   = src.[LastName],
               tgt.[Department] = src.[Department]
               -- ... remaining columns unchanged
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([EmployeeNumber], [FirstName], [LastName], [Department])
    VALUES (src.[EmployeeNumber], src.[FirstName], src.[LastName], src.[Department]);
GO

/* same for the contractors table */

SELECT COUNT(*) AS Synced FROM [hr].[Employees];
GO
