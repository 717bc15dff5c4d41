import { build } from 'esbuild';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const entryDir = 'src/functions';
const files = (await readdir(entryDir)).filter((f) => f.endsWith('.ts'));

await Promise.all(
  files.map(async (f) => {
    const entry = path.join(entryDir, f);
    await build({ entryPoints: [entry], bundle: true, platform: 'node', outdir: 'dist' });
