[CmdletBinding()]
param(
    [string]$InstallDir = "$env:LOCALAPPDATA\Acme",
    [switch]$Force
)

$ErrorActionPreference = 'Stop'

if ((Test-Path $InstallDir) -and -not $Force) {
    Write-Warning "$InstallDir already exists. Use -Force to overwrite."
    return
}

New-Item -ItemType Directory -Path $InstallDir -Force | Out-Null

$tools = @('git', 'node', 'docker')
foreach ($tool in $tools) {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) {
        winget install --id $tool --silent
    }
}

$profileLine = ". '$InstallDir\acme-profile.ps1'"
Add-Content -Path $PROFILE -Value $profileLine
Write-Host "Acme tools installed to $InstallD