import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';

const { sizes = [64, 128, 256] } = workerData ?? {};

async function makeThumbnails(input) {
  const image = sharp(input);
  const meta = await image.metadata();
  return Promise.all(
    sizes.map(async (size) => ({
      size,
      buffer: await image.clone().resize(size, size, { fit: 'cover' }).webp().toBuffer(),
    }))
  );
```

```js
  // (continued)
}

parentPort.on('message', async ({ id, input }) => {
  try {
    const thumbs = await makeThumbnails(Buffer.from(input));
    parentPort.postMessage({ id, thumbs });
  } catch (err) {
    parentPort.postMessage({ id, error: err.message });
  }
});
