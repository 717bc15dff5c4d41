import { readFile, writeFile } from 'node:fs/promises';

export async function syncJson(src: string, dest: string): Promise<boolean> {
  try {
    const data = JSON.parse(await readFile(src, 'utf8'));
    await writeFile(dest, JSON.stringify(data, null, 2));
    return true;
  } catch (err: unknown {
    console.error('sync failed', err);
    return false;
  }
}

export async function syncMany(pairs: Array<[string, string]>): Promise<number> {
  const results = await Promise.all(pairs.map(([s, d]) => syncJson(s, d)));
  return results.filter(Boolean).length;
}
