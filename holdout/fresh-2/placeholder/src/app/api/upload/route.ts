import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth';
import { db } from '@/lib/db';

export const runtime = 'nodejs';

const MAX_BYTES = 10 * 1024 * 1024;
const ALLOWED = new Set(['image/png', 'image/jpeg', 'application/pdf']);

export async function POST(req: NextRequest) {
  const session = await auth();
  if (!session?.user) {
    return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
  }

  const form = await req.formData();
  const file = form.get('file');
  if (!(file instanceof File)) {
    return NextResponse.json({ error: 'file is required' }, { status: 400 });
  }

  // ⋯ validation against MAX_BYTES / ALLOWED and the S3 put, unchanged ⋯

  const record = await db.upload.create({
    data: { key: storedKey, name: file.name, size: file.size, ownerId: session.user.id },
  });

  return NextResponse.json({ id: record.id, key: storedKey }, { status: 201 });
}
