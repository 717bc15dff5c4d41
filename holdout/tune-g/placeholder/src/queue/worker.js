const { Worker } = require('bullmq');
const IORedis = require('ioredis');
const { sendEmail } = require('../mail');
const log = require('../log');

const connection = new IORedis(process.env.REDIS_URL, {
  maxRetriesPerRequest: null,
});

const worker = new Worker(
  'emails',
  async (job) => {
    log.info({ id: job.id, name: job.name }, 'processing job');
    <existing code>
    return { delivered: true };
  },
  { connection, concurrency: 5 },
);

worker.on('failed', (job, err) => {
  log.error({ id: job?.id, err }, 'job failed');
});

process.on('SIGTERM', async () => {
  await worker.close();
  await connection.quit();
  process.exit(0);
});
