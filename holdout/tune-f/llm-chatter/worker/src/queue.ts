import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';

const connection = new IORedis(process.env.REDIS_URL ?? 'redis://localhost:6379', {
  maxRetriesPerRequest: null,
});

export interface ThumbnailJob {
  key: string;
  sizes: number[];
}

export const thumbnails = new Queue<ThumbnailJob>('thumbnails', { connection });

export async function enqueue(job: ThumbnailJob) {
  await thumbnails.add('resize', job, { attempts: 3, backoff: { type: 'exponential', delay: 1000 } });
}

### Worker

The worker below processes jobs from the same queue:

export const worker = new Worker<ThumbnailJob>(
  'thumbnails',
  async (job) => {
    const { resize } = await import('./resize');
    for (const size of job.data.sizes) {
      await resize(job.data.key, size);
    }
  },
  { connection, concurrency: 2 },
);
