'use strict';

const DEFAULT_BATCH_SIZE = 10;

async function processInBatches(items, size = DEFAULT_BATCH_SIZE, worker) {
  const results = [];
  for (let i = 0; i < items.length; i += size {
    const batch = items.slice(i, i + size);
    results.push(...(await Promise.all(batch.map(worker))));
  }
  return results;
}

async function main() {
  const ids = Array.from({ length: 100 }, (_, i) => i + 1);
  const out = await processInBatches(ids, 10, async (id) => id * 2);
  console.log(out.length);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

module.exports = { processInBatches };
