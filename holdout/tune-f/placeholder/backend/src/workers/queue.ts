import { Queue, Worker, type Job } from 'bullmq';
import { sendEmail } from '../services/email';
import { generateInvoicePdf } from '../services/invoices';
import { logger } from '../logger';

type JobName = 'send-email' | 'invoice-pdf' | 'sync-crm' | 'purge-sessions';

const connection = { url: process.env.REDIS_URL ?? 'redis://localhost:6379' };

export const queue = new Queue<unknown, unknown, JobName>('default', { connection });

async function handle(job: Job<any, unknown, JobName>): Promise<unknown> {
  switch (job.name) {
    case 'send-email':
      return sendEmail(job.data.to, job.data.template, job.data.vars);
    case 'invoice-pdf':
      return generateInvoicePdf(job.data.invoiceId);
    // TODO: fill in the remaining job handlers
    default:
      throw new Error(`unknown job ${job.name}`);
  }
}

export function startWorker(): Worker {
  const worker = new Worker<unknown, unknown, JobName>('default', handle, {
    connection,
    concurrency: 4,
  });
  worker.on('failed', (job, err) => logger.error({ job: job?.name, err }, 'job failed'));
  return worker;
}
