import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse';
import split2 from 'split2';
import { insertBatch } from '../db/batch.js';

const BATCH = 500;

export async function importFile(filePath, table) {
  const ext = extname(filePath).toLowerCase();
  let rows;

  if (ext === '.csv') {
    rows = createReadStream(filePath).pipe(parseCsv({ columns: true, trim: true }));
  }
  // .json / .ndjson branches — these stay as they were (split2 + JSON.parse)
  else if (ext === '.tsv') {
    rows = createReadStream(filePath).pipe(parseCsv({ columns: true, delimiter: '\t' }));
  } else {
    throw new Error(`Unsupported file type: ${ext}`);
  }

  let batch = [];
  let total = 0;
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= BATCH) {
      await insertBatch(table, batch);
      total += batch.length;
      batch = [];
    }
  }
  if (batch.length) {
    await insertBatch(table, batch);
    total += batch.length;
  }
  return total;
}
