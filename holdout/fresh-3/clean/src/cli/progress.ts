import process from 'node:process';

export function reportProgress(label: string, done: number, total: number): void {
  const pct = total === 0 ? 100 : Math.round((done / total) * 100);
  const line = `${label}... ${done}/${total} (${pct}%)`;
  if (process.stdout.isTTY) {
    process.stdout.write(`\r${line}`);
  } else if (done === total || done % 100 === 0) {
    console.log(line);
  }
}

export function summarize(failures: string[], limit = 3): string {
  if (failures.length === 0) return 'Done. No failures.';
  const shown = failures.slice(0, limit).join(', ');
  const rest = failures.length - limit;
  return rest > 0 ? `Failed: ${shown} … and ${rest} more` : `Failed: ${shown}`;
}
