const { Worker } = require('bullmq');
const IORedis = require('ioredis');

const connection = new IORedis(process.env.REDIS_URL, { maxRetriesPerRequest: null });

class EmailWorker {
  constructor() {
    this.worker = new Worker('email', (job) => this.process(job), { connection, concurrency: 5 });
    this.worker.on('failed', (job, err) => console.error(`job ${job.id} failed`, err));
  }

  // Previous methods remain the same

  async close() {
    await this.worker.close();
    await connection.quit();
  }
}

module.exports = EmailWorker;
