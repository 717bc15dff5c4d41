import { Queue, Worker, type Job } from 'bullmq';
import IORedis from 'ioredis';
import { transporter } from '../mail/transporter';
import { renderDigest, renderInvoice } from '../mail/templates';

export type EmailJob =
  | { template: 'digest'; to: string; userId: string }
  | { template: 'invoice'; to: string; invoiceId: string };

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

export const emailQueue = new Queue<EmailJob>('email', {
  connection,
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 10_000 }, removeOnComplete: 1000 },
});

async function processor(job: Job<EmailJob>) {
  let html: string;
  let subject: string;

  // one branch per job.data.template goes here: each one renders its template
  // (renderDigest / renderInvoice) and sets `html` + `subject`. Same as the
  // old cron-based sender, just moved into the worker.

  await transporter.sendMail({ to: job.data.to, subject, html });
  return { sentAt: new Date().toISOString() };
}

export const emailWorker = new Worker<EmailJob>('email', processor, { connection, concurrency: 5 });

emailWorker.on('failed', (job, err) => {
  console.error(`email job ${job?.id} failed after ${job?.attemptsMade} attempts`, err);
});
