import cron from "node-cron";
import { cleanupSessions } from "./jobs/sessions.mjs";
import { sendDigest } from "./jobs/digest.mjs";
import { rotateLogs } from "./jobs/logs.mjs";

const jobs = [];

function schedule(name, expr, fn) {
  const task = cron.schedule(expr, async () => {
    const started = Date.now();
    try {
      await fn();
      console.log(`[${name}] ok in ${Date.now() - started}ms`);
    } catch (err) {
      console.error(`[${name}] failed`, err);
    }
  }, { scheduled: false, timezone: "UTC" });
  jobs.push(task);
}

schedule("sessions", "*/15 * * * *", cleanupSessions);
schedule("digest", "0 8 * * 1", sendDigest);
schedule("logs", "0 0 * * *", rotateLogs);

export function start() {
  jobs.forEach((t) => t.start());
}

export function stop() {
  jobs.forEach((t) => t.stop());
}
