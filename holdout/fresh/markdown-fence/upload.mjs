```javascript:scripts/upload.mjs
#!/usr/bin/env node
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const [, , file, bucket = process.env.BUCKET] = process.argv;
if (!file || !bucket) {
  console.error('usage: upload.mjs <file> [bucket]');
  process.exit(1);
}

const s3 = new S3Client({});
await s3.send(
  new PutObjectCommand({ Bucket: bucket, Key: path.basename(file), Body: await readFile(file) })
);
console.log(`uploaded ${file} to s3://${bucket}`);
```
