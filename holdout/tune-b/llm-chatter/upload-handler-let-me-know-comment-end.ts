import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { randomUUID } from "node:crypto";

const s3 = new S3Client({ region: process.env.AWS_REGION });

export async function uploadAvatar(userId: string, body: Buffer, contentType: string) {
  const key = `avatars/${userId}/${randomUUID()}`;
  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.AVATAR_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
    })
  );
  return key;
}

// Let me know if you want me to add error handling for the edge cases!
