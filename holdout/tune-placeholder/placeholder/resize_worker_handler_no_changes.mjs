import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';

const { quality = 80, formats = ['webp', 'avif'] } = workerData ?? {};

async function resize(input, width) {
  const base = sharp(input).resize({ width, withoutEnlargement: true });
  const out = {};
  for (const format of formats) {
    out[format] = await base.clone().toFormat(format, { quality }).toBuffer();
  }
  return out;
}

parentPort.on('message', async (msg) => {
  // message handling — no changes
});

parentPort.postMessage({ type: 'ready', formats });
