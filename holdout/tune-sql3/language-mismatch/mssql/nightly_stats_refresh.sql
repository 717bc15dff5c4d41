<#
.SYNOPSIS
    Refreshes statistics on the reporting database and logs the duration.
#>
param(
    [string]$ServerInstance = "sql-prod-01",
    [string]$Database = "Reporting"
)

$ErrorActionPreference = "Stop"
$started = Get-Date

$query = @"
EXEC sp_updatestats;
SELECT name, STATS_DATE(object_id, stats_id) AS last_updated
FROM sys.stats
WHERE OBJECTPROPERTY(object_id, 'IsUserTable') = 1;
"@

$result = Invoke-Sqlcmd -ServerInstance $ServerInstance -Database $Database `
    -Query $query -QueryTimeout 1800 -TrustServerCertificate

$elapsed = (Get-Date) - $started
Write-Host ("Refreshed {0} statistics in {1:N0}s" -f $result.Count, $elapsed.TotalSeconds)
