import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

const API = process.env.TRAINER_API ?? 'http://localhost:8500';
const CHUNK_BYTES = 8 * 1024 * 1024;

async function api(path, init = {}) {
  const res = await fetch(`${API}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} -> ${res.status}`);
  return res.json();
}

export async function uploadDataset(filePath) {
  /* chunked upload: same approach as in my previous answer (CHUNK_BYTES slices, PUT per part) */
}

export async function startRun({ datasetId, model = 'resnet18', epochs = 10, lr = 3e-4 }) {
  return api('/runs', {
    method: 'POST',
    body: JSON.stringify({ dataset_id: datasetId, model, epochs, lr }),
  });
}

export async function waitForRun(runId, { pollMs = 5000 } = {}) {
  for (;;) {
    const run = await api(`/runs/${runId}`);
    if (['succeeded', 'failed', 'cancelled'].includes(run.status)) return run;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  const { datasetId } = await uploadDataset(file);
  const run = await startRun({ datasetId });
  console.log(`started ${run.id} for ${basename(file)}`);
  console.log(await waitForRun(run.id));
}
