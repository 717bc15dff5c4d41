import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({ region: process.env.AWS_REGION ?? "us-east-1" });
const MAX_BYTES = 5 * 1024 * 1024;
const ALLOWED = ["image/png", "image/jpeg", "image/webp"];

export async function uploadAvatar(userId: string, body: Buffer, contentType: string) {
  if (!ALLOWED.includes(contentType)) {
    throw new Error(`Unsupported content type: ${contentType}`);
  }
  if (body.byteLength > MAX_BYTES) {
    throw new Error("File too large");
  }

  const key = `avatars/${userId}/${randomUUID()}`;
  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.AVATAR_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
    }),
  );
  return key;
}
