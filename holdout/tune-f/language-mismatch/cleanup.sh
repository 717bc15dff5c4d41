$ErrorActionPreference = 'Stop'
$cutoff = (Get-Date).AddDays(-14)
$paths = @{
    Logs      = 'C:\Acme\logs'
    Temp      = "$env:TEMP\acme"
    Artifacts = 'D:\builds\artifacts'
}

foreach ($entry in $paths.GetEnumerator()) {
    if (-not (Test-Path $entry.Value)) { continue }
    $old = Get-ChildItem -Path $entry.Value -Recurse -File |
        Where-Object { $_.LastWriteTime -lt $cutoff }
    $size = ($old | Measure-Object -Property Length -Sum).Sum / 1MB
    $old | Remove-Item -Force
    Write-Output ("{0}: removed {1} files ({2:N1} MB)" -f $entry.Key, $old.Count, $size)
}
