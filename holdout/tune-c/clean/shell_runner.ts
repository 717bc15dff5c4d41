import { spawnSync } from 'node:child_process';

const BACKUP_SCRIPT = String.raw`
set -euo pipefail
stamp=$(date +%Y%m%d-%H%M%S)
target="/var/backups/app/$stamp"
mkdir -p "$target"
pg_dump --format=custom "$DATABASE_URL" > "$target/db.dump"
tar -czf "$target/uploads.tgz" -C /srv/app uploads
find /var/backups/app -mindepth 1 -maxdepth 1 -type d -mtime +7 -exec rm -rf {} +
echo "$target"
`;

export function runBackup(env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync('bash', ['-c', BACKUP_SCRIPT], {
    env,
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (result.status !== 0) {
    throw new Error(`backup failed (${result.status}): ${result.stderr.trim()}`);
  }
  return result.stdout.trim();
}

if (require.main === module) {
  console.log(`Backup written to ${runBackup()}`);
}
