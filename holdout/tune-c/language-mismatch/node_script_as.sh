#!/usr/bin/env node
// Check every link in the sitemap and report non-200 responses
const SITEMAP = process.argv[2] ?? 'https://example.com/sitemap.xml';

async function main() {
  const xml = await (await fetch(SITEMAP)).text();
  const urls = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => m[1]);
  console.log(`Checking ${urls.length} URLs...`);

  const failures = [];
  for (const url of urls) {
    try {
      const res = await fetch(url, { method: 'HEAD', redirect: 'manual' });
      if (res.status !== 200) failures.push([url, res.status]);
    } catch (err) {
      failures.push([url, err.code ?? 'ERR']);
    }
  }

  for (const [url, status] of failures) console.log(`${status}\t${url}`);
  process.exitCode = failures.length ? 1 : 0;
}

main();
