import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import formidable from 'formidable';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

export const config = { api: { bodyParser: false } };

const s3 = new S3Client({ region: process.env.AWS_REGION });
const Bucket = process.env.UPLOAD_BUCKET;

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }

  const form = formidable({ maxFileSize: 10 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  const file = files.file?.[0];
  if (!file) {
    return res.status(400).json({ error: 'missing file' });
  }

  const Key = `uploads/${randomUUID()}-${file.originalFilename}`;
  const Body = await readFile(file.filepath);
  await s3.send(new PutObjectCommand({ Bucket, Key, Body, ... }));

  return res.status(201).json({ key: Key });
}
