#!/usr/bin/env node
import { readdir, readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'assets', 'icons');
const outDir = path.join(root, 'dist', 'icons');

async function main() {
  await mkdir(outDir, { recursive: true });
  const files = (await readdir(srcDir)).filter((f) => f.endsWith('.svg'));

  const icons = [];
  for (const file of files) {
    const raw = await readFile(path.join(srcDir, file), 'utf8');
    const optimised = optimiseSvg(raw);
    icons.push({ name: path.basename(file, '.svg'), svg: optimised });
  }

  await writeSprite(outDir, icons);
  await writeManifest(outDir, icons);
  console.log(`built ${icons.length} icons into ${path.relative(root, outDir)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

// optimiseSvg, writeSprite and writeManifest: paste your existing helpers back in below this line
