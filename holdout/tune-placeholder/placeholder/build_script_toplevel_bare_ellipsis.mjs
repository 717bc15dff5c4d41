import { rm, mkdir, cp } from 'node:fs/promises';
import { build } from 'esbuild';

const outdir = 'dist';

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: ['src/index.ts', 'src/worker.ts'],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outdir,
  sourcemap: true,
});

...

await cp('public', `${outdir}/public`, { recursive: true });
console.log('build finished');
