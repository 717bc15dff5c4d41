'use strict';

const { Queue, Worker } = require('bullmq');
const { sendMail } = require('./mailer.cjs');

const connection = { host: process.env.REDIS_HOST || '127.0.0.1', port: 6379 };
const mailQueue = new Queue('mail', { connection });

<<<<<<< SEARCH
const worker = new Worker('mail', async (job) => {
  await sendMail(job.data);
}, { connection });
=======
const worker = new Worker('mail', async (job) => {
  await sendMail(job.data);
  return { sentAt: new Date().toISOString() };
}, { connection, concurrency: 5, limiter: { max: 50, duration: 60_000 } });
>>>>>>> REPLACE

worker.on('failed', (job, err) => {
  console.error(`mail job ${job?.id} failed: ${err.message}`);
});

module.exports = { mailQueue, worker };
