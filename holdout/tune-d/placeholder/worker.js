import { parentPort, workerData } from "node:worker_threads";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

function hashFile(file) {
  ...
}

async function run() {
  const results = {};
  for (const file of workerData.files) {
    try {
      results[file] = await hashFile(file);
    } catch (err) {
      results[file] = { error: err.message };
    }
  }
  parentPort.postMessage(results);
}

run();
