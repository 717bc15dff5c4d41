$services = @("W3SVC", "MSSQLSERVER", "Spooler")

foreach ($name in $services) {
    $svc = Get-Service -Name $name -ErrorAction SilentlyContinue
    if ($null -eq $svc) {
        Write-Warning "$name is not installed"
    } elseif ($svc.Status -ne "Running") {
        Start-Service -Name $name
        Write-Host "Started $name" -ForegroundColor Green
    } else {
        Write-Host "$name already running"
    }
}
