import { Worker, Queue, type Job } from 'bullmq';
import IORedis from 'ioredis';
import { sendEmail } from '../lib/mailer';
import { renderTemplate } from '../lib/templates';

export interface EmailJob {
  to: string;
  template: 'welcome' | 'reset-password' | 'invoice';
  data: Record<string, unknown>;
}

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: null,
});

export const emailQueue = new Queue<EmailJob>('email', { connection });

export class EmailProcessor {
  constructor(private readonly from: string) {}

  async handle(job: Job<EmailJob>): Promise<void> { ... }

  onFailed(job: Job<EmailJob> | undefined, err: Error) {
    console.error(`email job ${job?.id} failed after ${job?.attemptsMade} attempts`, err);
  }
}

const processor = new EmailProcessor(process.env.MAIL_FROM ?? 'no-reply@example.com');

export const emailWorker = new Worker<EmailJob>('email', (job) => processor.handle(job), {
  connection,
  concurrency: 5,
});

emailWorker.on('failed', (job, err) => processor.onFailed(job, err));
