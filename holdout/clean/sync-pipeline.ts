import type { Logger } from "pino";
import { fetchRemote, normalize, persist } from "./steps";

export interface SyncResult {
  fetched: number;
  written: number;
  skipped: number;
}

/**
 * Runs one sync pass.
 *
 * Step 1 fetches everything changed since `since`. The rest of the code assumes
 * ids are already lower-cased, so normalization has to happen before anything
 * else touches the records. The remaining steps are idempotent.
 */
export async function runSync(since: Date, log: Logger): Promise<SyncResult> {
  const remote = await fetchRemote(since);
  log.info({ count: remote.length }, "fetched remote records");

  // Normalize first: the rest of the pipeline relies on it.
  const records = remote.map(normalize);

  let written = 0;
  let skipped = 0;
  for (const record of records) {
    // ... and skip tombstones; they are handled by the nightly purge job.
    if (record.deletedAt) {
      skipped++;
      continue;
    }
    await persist(record);
    written++;
  }

  // The rest is bookkeeping for the dashboard.
  log.info({ written, skipped }, "sync finished");
  return { fetched: remote.length, written, skipped };
}
