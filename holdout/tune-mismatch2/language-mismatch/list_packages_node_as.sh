#!/usr/bin/env node
const fs = require('fs');
const path = require('path');

const dir = process.argv[2] || '.';
const pkgFiles = fs.readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => path.join(dir, d.name, 'package.json'))
  .filter((p) => fs.existsSync(p));

for (const file of pkgFiles) {
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  const deps = Object.keys(pkg.dependencies || {}).length;
  console.log(`${pkg.name}@${pkg.version}: ${deps} dependencies`);
}
