#!/usr/bin/env node
import { writeFile } from 'node:fs/promises';
import { globby } from 'globby';

const SITE_URL = process.env.SITE_URL ?? 'https://example.com';

async function collectRoutes() {
  const pages = await globby(['src/pages/**/*.{md,mdx,jsx}']);
  return pages
    .map((file) => file.replace(/^src\/pages/, '').replace(/\.(mdx?|jsx)$/, ''))
    .map((route) => route.replace(/\/index$/, '/'));
}

async function main() {
  const routes = await collectRoutes();
  …
  await writeFile('dist/sitemap.xml', xml, 'utf8');
  console.log(`sitemap: ${routes.length} urls`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
