// release-notes.mjs
//
// History:
//   v1.0  initial version, reads conventional commits since the last tag
//   v1.1  groups "feat" and "fix" separately; other types are listed under "Other"
//   v1.2  skips merge commits
import { execFileSync } from 'node:child_process';

const lastTag = execFileSync('git', ['describe', '--tags', '--abbrev=0']).toString().trim();
const log = execFileSync('git', ['log', '--no-merges', '--format=%s', `${lastTag}..HEAD`]).toString();

const groups = { feat: [], fix: [], other: [] };
for (const subject of log.split('\n').filter(Boolean)) {
  const type = subject.split(/[:(]/)[0];
  (groups[type] ?? groups.other).push(subject);
}

console.log(`## Since ${lastTag}\n`);
for (const [name, items] of Object.entries(groups)) {
  if (items.length) console.log(`### ${name}\n${items.map((s) => `- ${s}`).join('\n')}\n`);
}
