# deploy.ps1
$ErrorActionPreference = "Stop"
$site = "InventoryApi"
Stop-WebAppPool -Name $site
Copy-Item -Path .\publish\* -Destination "C:\inetpub\$site" -Recurse -Force
Start-WebAppPool -Name $site
Invoke-WebRequest -Uri "http://localhost/$site/health" -UseBasicParsing | Select-Object StatusCode
Write-Host "Deployed $site" -ForegroundColor Green
