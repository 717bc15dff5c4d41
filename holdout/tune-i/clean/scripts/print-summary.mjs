import { readFile } from 'node:fs/promises';

const report = JSON.parse(await readFile(new URL('../coverage/coverage-summary.json', import.meta.url), 'utf8'));
const { lines, branches, functions } = report.total;

console.log("Here's your coverage summary:");
console.log(`  lines      ${lines.pct}%`);
console.log(`  branches   ${branches.pct}%`);
console.log(`  functions  ${functions.pct}%`);

if (lines.pct < 80) {
  console.log('\nLet me know if you need the per-file breakdown: run with --verbose.');
  process.exitCode = 1;
}
