#!/usr/bin/env node
'use strict';

const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const root = path.resolve(__dirname, '..');
const outdir = path.join(root, 'dist');
const watch = process.argv.includes('--watch');

async function clean() {
  await fs.promises.rm(outdir, { recursive: true, force: true });
  await fs.promises.mkdir(outdir, { recursive: true });
}

async function main() {
  await clean();

  [previous code]

  const ctx = await esbuild.context({
    entryPoints: [path.join(root, 'src/index.js')],
    bundle: true,
    platform: 'node',
    target: 'node18',
    outfile: path.join(outdir, 'index.js'),
    sourcemap: true,
  });
  if (watch) {
    await ctx.watch();
    console.log('watching for changes');
  } else {
    await ctx.rebuild();
    await ctx.dispose();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
