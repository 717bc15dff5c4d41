param(
    [string]$Environment = "dev",
    [switch]$SkipTests
)

$ErrorActionPreference = "Stop"

Write-Host "Setting up $Environment environment..."

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    winget install Microsoft.DotNet.SDK.8
}

dotnet restore
dotnet build --configuration Release

if (-not $SkipTests) {
    dotnet test --no-build --configuration Release
}

Copy-Item ".\config\appsettings.$Environment.json" ".\src\appsettings.json" -Force
