import { setTimeout as sleep } from 'node:timers/promises';

async function ping(url: string): Promise<number> {
  const start = performance.now();
  await fetch(url, { method: 'HEAD' });
  return performance.now() - start;
}

const urls = ['https://example.com', 'https://example.org'];

const timings = await Promise.all([ping(urls[0]), ping(urls[1])]]);
await sleep(100);

for (const [i, ms] of timings.entries()) {
  console.log(`${urls[i]}: ${ms.toFixed(0)}ms`);
}
