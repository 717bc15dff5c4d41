import { spawnSync } from "node:child_process";

/**
 * PowerShell used on Windows CI agents to collect disk and service health.
 * Passed to `pwsh -NoProfile -Command -` on stdin.
 */
export const HEALTH_SCRIPT = String.raw`
$ErrorActionPreference = "Stop"
$disk = Get-PSDrive -Name C | Select-Object Used, Free
$services = Get-Service -Name "W3SVC", "MSSQLSERVER" -ErrorAction SilentlyContinue |
    Select-Object Name, Status
[PSCustomObject]@{
    Host     = $env:COMPUTERNAME
    FreeGB   = [math]::Round($disk.Free / 1GB, 1)
    Services = $services
    LogPath  = "C:\ProgramData\Agent\logs"
} | ConvertTo-Json -Depth 3
`;

export function collectHealth(): unknown {
  const result = spawnSync("pwsh", ["-NoProfile", "-Command", "-"], {
    input: HEALTH_SCRIPT,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(result.stderr);
  }
  return JSON.parse(result.stdout);
}
