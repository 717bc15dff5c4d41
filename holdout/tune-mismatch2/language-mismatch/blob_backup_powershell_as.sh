#Requires -Version 7.2
#Requires -Modules Az.Accounts, Az.Storage

param(
    [Parameter(Mandatory)][string]$StorageAccount,
    [string]$Container = "backups",
    [string]$Source = "./dumps"
)

Connect-AzAccount -Identity | Out-Null
$ctx = (Get-AzStorageAccount | Where-Object StorageAccountName -eq $StorageAccount).Context

Get-ChildItem -Path $Source -Filter *.bak | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName `
        -Container $Container `
        -Blob ("{0}/{1}" -f (Get-Date -Format yyyy-MM-dd), $_.Name) `
        -Context $ctx -Force