import { Worker, type Job } from "bullmq";
import { sendEmail } from "./jobs/sendEmail";
import { generateInvoice } from "./jobs/generateInvoice";

const connection = { host: process.env.REDIS_HOST ?? "localhost", port: 6379 };

async function handle(job: Job): Promise<unknown> {
  switch (job.name) {
    case "send-email":
      return sendEmail(job.data);
    case "generate-invoice":
      return generateInvoice(job.data);
    // etc.
    default:
      throw new Error(`unknown job ${job.name}`);
  }
}

const worker = new Worker("default", handle, { connection, concurrency: 5 });

worker.on("failed", (job, err) => {
  console.error(`job ${job?.id} failed:`, err.message);
});
