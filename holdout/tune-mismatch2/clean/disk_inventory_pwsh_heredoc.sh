#!/usr/bin/env bash
# Run the Windows-flavoured inventory script with PowerShell 7 on Linux runners.
set -euo pipefail

if ! command -v pwsh >/dev/null 2>&1; then
  echo "pwsh not found; install powershell first" >&2
  exit 127
fi

pwsh -NoProfile -NonInteractive -Command - <<'PS1'
$ErrorActionPreference = 'Stop'
$report = foreach ($dir in @('/var/log', '/tmp', $HOME)) {
    $items = Get-ChildItem -Path $dir -Recurse -File -ErrorAction SilentlyContinue
    [PSCustomObject]@{
        Path   = $dir
        Files  = $items.Count
        SizeMB = [math]::Round(($items | Measure-Object -Property Length -Sum).Sum / 1MB, 2)
    }
}
$report | Sort-Object SizeMB -Descending | Format-Table -AutoSize
if (($report | Measure-Object -Property SizeMB -Sum).Sum -gt 5000) {
    Write-Warning 'More than 5 GB in scanned directories'
    exit 2
}
PS1
