import { Worker, type Job } from 'bullmq';
import { connection } from './redis';
import { sendEmail } from './mailer';

type EmailJob = { to: string; template: string; vars: Record<string, string> };

export const emailWorker = new Worker<EmailJob>(
  'email',
  async (job: Job<EmailJob>) => {
    const { to, template, vars } = job.data;
    await sendEmail(to, template, vars);
    return { deliveredAt: new Date().toISOString() };
  },
  { connection, concurrency: 5 },
);

emailWorker.on('failed', (job, err) => {
  console.error(`email job ${job?.id} failed: ${err.message}`);
});

// (rest of file)
