import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

interface Job {
  files: string[];
  algorithm: 'sha256' | 'sha1';
}

const job = workerData as Job;
const results: Record<string, string> = {};

for (const file of job.files) {
  const buf = await readFile(file);
  results[file] = createHash(job.algorithm).update(buf).digest('hex');
}

parentPort?.postMessage(results);
