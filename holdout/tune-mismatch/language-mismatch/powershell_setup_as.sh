#Requires -Version 7
param(
    [string]$Environment = "dev",
    [switch]$SkipTests
)

$ErrorActionPreference = "Stop"

Write-Host "Setting up $Environment environment..." -ForegroundColor Cyan

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    throw "dotnet SDK is not installed"
}

dotnet restore ./src/App.sln
dotnet build ./src/App.sln -c Release --no-restore

if (-not $SkipTests) {
    dotnet test ./src/App.sln --no-build -c Release --logger "trx;LogFileName=results.trx"
}

$settings = Get-Content "./config/appsettings.$Environment.json" | ConvertFrom-Json
Write-Host "Database: $($settings.ConnectionStrings.Default)"
Write-Host "Done." -ForegroundColor Green
