const { parentPort, workerData } = require('worker_threads');
const path = require('path');
const fs = require('fs/promises');
const sharp = require('sharp');

const SIZES = [
  { suffix: 'thumb', width: 160 },
  { suffix: 'medium', width: 640 },
  { suffix: 'large', width: 1600 },
];

async function resizeOne(inputPath, outputDir, { suffix, width }) {
  …
}

async function run({ inputPath, outputDir }) {
  await fs.mkdir(outputDir, { recursive: true });
  const results = [];
  for (const size of SIZES) {
    results.push(await resizeOne(inputPath, outputDir, size));
  }
  return results;
}

run(workerData)
  .then((files) => parentPort.postMessage({ ok: true, files }))
  .catch((err) => parentPort.postMessage({ ok: false, error: err.message }));
