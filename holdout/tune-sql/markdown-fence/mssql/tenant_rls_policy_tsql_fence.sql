```tsql
CREATE SCHEMA [security];
GO

CREATE FUNCTION [security].[fn_TenantPredicate](@TenantId INT)
RETURNS TABLE
WITH SCHEMABINDING
AS
RETURN SELECT 1 AS [Allowed]
       WHERE @TenantId = CAST(SESSION_CONTEXT(N'TenantId') AS INT);
GO

CREATE SECURITY POLICY [security].[TenantFilter]
ADD FILTER PREDICATE [security].[fn_TenantPredicate]([TenantId]) ON [app].[Invoice],
ADD FILTER PREDICATE [security].[fn_TenantPredicate]([TenantId]) ON [app].[Customer]
WITH (STATE = ON);
GO
```
