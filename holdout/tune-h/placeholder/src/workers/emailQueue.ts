// (same imports as your current worker file — bullmq, ioredis, the mailer, renderTemplate and logger)

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: null,
});

export interface EmailJob {
  to: string;
  template: 'welcome' | 'reset-password' | 'invoice';
  vars: Record<string, string>;
}

const subjects: Record<EmailJob['template'], string> = {
  welcome: 'Welcome aboard!',
  'reset-password': 'Reset your password',
  invoice: 'Your invoice is ready',
};

export const emailQueue = new Queue<EmailJob>('email', { connection });

export const emailWorker = new Worker<EmailJob>(
  'email',
  async (job: Job<EmailJob>) => {
    const { to, template, vars } = job.data;
    const html = await renderTemplate(template, vars);
    await mailer.send({ to, subject: subjects[template], html });
    logger.info({ jobId: job.id, to, template }, 'email sent');
  },
  { connection, concurrency: 5 },
);

emailWorker.on('failed', (job, err) => {
  logger.error({ jobId: job?.id, err }, 'email job failed');
});
