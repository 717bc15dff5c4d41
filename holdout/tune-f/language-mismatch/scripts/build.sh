#!/usr/bin/env node
const { execSync } = require('node:child_process');
const fs = require('node:fs/promises');
const path = require('node:path');

const dist = path.join(__dirname, '..', 'dist');

async function main() {
  await fs.rm(dist, { recursive: true, force: true });
  execSync('tsc -p tsconfig.build.json', { stdio: 'inherit' });
  const pkg = JSON.parse(await fs.readFile('package.json', 'utf8'));
  delete pkg.devDependencies;
  delete pkg.scripts;
  await fs.writeFile(path.join(dist, 'package.json'), JSON.stringify(pkg, null, 2));
  console.log(`built ${pkg.name}@${pkg.version}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
