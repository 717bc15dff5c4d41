import { execa } from 'execa';
import { readFile, writeFile } from 'node:fs/promises';

interface PackageJson {
  name: string;
  version: string;
}

type Bump = 'major' | 'minor' | 'patch';

function bump(version: string, kind: Bump): string {
  const [major, minor, patch] = version.split('.').map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const kind = (process.argv[2] ?? 'patch') as Bump;
const pkg: PackageJson = JSON.parse(await readFile('package.json', 'utf8'));
pkg.version = bump(pkg.version, kind);
await writeFile('package.json', JSON.stringify(pkg, null, 2) + '\n');
await execa('git', ['commit', '-am', `release ${pkg.version}`]);
await execa('git', ['tag', `v${pkg.version}`]);
console.log(`released ${pkg.name}@${pkg.version}`);
