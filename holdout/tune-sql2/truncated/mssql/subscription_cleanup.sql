DELETE FROM [saas].[TrialSignups]
WHERE [CreatedAt] < DATEADD(DAY, -60, SYSUTCDATETIME());

UPDATE [saas].[Subscriptions]
SET [Status] = N'expired'
WHERE [EndsAt] < SYSUTCDATETIME() AND [Status] = N'active';

INSERT INTO [saas].[ChurnEvents] ([SubscriptionId], [TenantId], [ChurnedAt])
SELECT [SubscriptionId], [TenantId], [EndsAt]
FROM [saas].[Subscriptions]
WHERE [Status] = N'expired' AND [EndsAt] >= DATEADD(DAY, -1, SYSUTCDATETIME());

SELECT t.[TenantName], s.[PlanCode], s.[EndsAt]
FROM [saas].[Subscriptions] AS s
JOIN [saas].[Tenants] AS t ON t.[TenantId] = s.[TenantId]
WHERE
