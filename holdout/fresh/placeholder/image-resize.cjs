const sharp = require('sharp');
const path = require('path');

const SIZES = [320, 640, 1280];

async function resizeAll(input, outDir) {
  // Implementation omitted for brevity.
}

async function main() {
  const [input, outDir = 'dist/img'] = process.argv.slice(2);
  if (!input) {
    console.error('usage: image-resize <file> [outDir]');
    process.exit(1);
  }
  const written = await resizeAll(input, outDir);
  console.log(`wrote ${written.length} files to ${path.resolve(outDir)}`);
}

main();
