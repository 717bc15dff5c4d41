<#
.SYNOPSIS
    Removes build artifacts older than a given number of days.
#>
[CmdletBinding()]
param(
    [string]$Path = "C:\build\artifacts",
    [int]$Days = 14
)

$cutoff = (Get-Date).AddDays(-$Days)
$old = Get-ChildItem -Path $Path -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $cutoff }

foreach ($file in $old) {
    Write-Verbose "Deleting $($file.FullName)"
    Remove-Item -LiteralPath $file.FullName -Force
}

Write-Output ("Removed {0} files older than {1} days" -f $old.Count, $Days)
