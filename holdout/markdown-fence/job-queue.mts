   ```ts
   import { Queue, Worker, type Job } from "bullmq";
   import IORedis from "ioredis";

   const connection = new IORedis(process.env.REDIS_URL ?? "redis://localhost:6379", {
     maxRetriesPerRequest: null,
   });

   export interface EmailJob {
     to: string;
     template: "welcome" | "reset-password" | "receipt";
     data: Record<string, unknown>;
   }

   export const emailQueue = new Queue<EmailJob>("email", { connection });

   export const emailWorker = new Worker<EmailJob>(
     "email",
     async (job: Job<EmailJob>) => {
       const { sendTemplate } = await import("./mailer.mjs");
       await sendTemplate(job.data.to, job.data.template, job.data.data);
     },
     { connection, concurrency: 5 },
   );
   ```
