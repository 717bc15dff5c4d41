#!/usr/bin/env node
import { execSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';

const bump = process.argv[2] ?? 'patch';
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const [major, minor, patch] = pkg.version.split('.').map(Number);

const next = {
  major: `${major + 1}.0.0`,
  minor: `${major}.${minor + 1}.0`,
  patch: `${major}.${minor}.${patch + 1}`,
}[bump];

if (!next) {
  console.error(`Unknown bump "${bump}". Use major, minor or patch.`);
  process.exit(1);
}

pkg.version = next;
await writeFile('package.json', JSON.stringify(pkg, null, 2) + '\n');
execSync(`git commit -am "release: v${next}" && git tag v${next}`, { stdio: 'inherit' });
console.log(`Released v${next}`);
