MERGE [hr].[PayRates] AS tgt
USING (
    SELECT e.[EmployeeId], e.[Grade], g.[BaseRate]
    FROM [hr].[Employees] AS e
    JOIN [hr].[Grades] AS g ON g.[Grade] = e.[Grade]
) AS src
ON tgt.[EmployeeId] = src.[EmployeeId]
WHEN MATCHED THEN
    UPDATE SET tgt.[HourlyRate] =
        CASE
            WHEN src.[Grade] IN ('G1', 'G2') THEN src.[BaseRate]
            WHEN src.[Grade] = 'G3' THEN src.[BaseRate] * 1.10
            ELSE src.[BaseRate] * 1.25,
        tgt.[UpdatedAt] = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([EmployeeId], [HourlyRate], [UpdatedAt])
    VALUES (src.[EmployeeId], src.[BaseRate], SYSUTCDATETIME());
GO

SELECT COUNT(*) AS RatesTotal FROM [hr].[PayRates];
GO
