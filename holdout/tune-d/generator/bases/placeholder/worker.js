import { parentPort, workerData } from "node:worker_threads";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";

function hashFile(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")))
      .on("error", reject);
  });
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
