#!/usr/bin/env node
// Writes THIRD_PARTY_LICENSES.md from the production dependency tree.
// Note: devDependencies are skipped, same as in the release build.
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const lines = ['# Third-party licenses', '', 'Here is the list of bundled packages:', ''];

for (const name of Object.keys(pkg.dependencies ?? {}).sort()) {
  const meta = require(`${name}/package.json`);
  const { version, license = 'UNKNOWN', ...rest } = meta;
  const homepage = rest.homepage ?? rest.repository?.url ?? '';
  lines.push(`- ${name}@${version} (${license}) ${homepage}`.trimEnd());
}

lines.push('', '...and that is all of them.');
await writeFile('THIRD_PARTY_LICENSES.md', lines.join('\n') + '\n');
console.log(`wrote ${lines.length} lines`);
