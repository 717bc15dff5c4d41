MERGE [dw].[DimEmployee] AS tgt
USING [staging].[Employee] AS src
    ON tgt.[EmployeeKey] = src.[EmployeeId]
WHEN MATCHED AND (tgt.[Title] <> src.[Title] OR tgt.[DepartmentId] <> src.[DepartmentId]) THEN
    UPDATE SET
        tgt.[Title] = src.[Title],
        tgt.[DepartmentId] = src.[DepartmentId],
        -- ... same for the remaining attribute columns ...
        tgt.[ModifiedAt] = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([EmployeeKey], [FullName], [Title], [DepartmentId], [ModifiedAt])
    VALUES (src.[EmployeeId], src.[FullName], src.[Title], src.[DepartmentId], SYSUTCDATETIME())
WHEN NOT MATCHED BY SOURCE THEN
    UPDATE SET tgt.[IsCurrent] = 0
OUTPUT $action, inserted.[EmployeeKey];
