-- Reporting role permissions
CREATE ROLE [reporting_reader];
GO

GRANT SELECT ON SCHEMA::[sales] TO [reporting_reader];
GRANT SELECT ON SCHEMA::[finance] TO [reporting_reader];
DENY SELECT ON [finance].[salaries] TO [reporting_reader];

-- (same for the other schemas)

ALTER ROLE [reporting_reader] ADD MEMBER [svc_powerbi];
ALTER ROLE [reporting_reader] ADD MEMBER [svc_tableau];
GO
