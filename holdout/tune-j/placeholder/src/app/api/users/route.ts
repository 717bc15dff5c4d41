import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';
import { auth } from '@/lib/auth';

const createUserSchema = z.object({
  email: z.string().email(),
  name: z.string().min(1).max(120),
  role: z.enum(['admin', 'member']).default('member'),
});

export async function GET(req: NextRequest) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });

  const search = req.nextUrl.searchParams.get('q') ?? '';
  const users = await db.user.findMany({
    where: { name: { contains: search, mode: 'insensitive' } },
    take: 50,
  });
  return NextResponse.json(users);
}

export async function POST(req: NextRequest) {
  const session = await auth();
  if (session?.user.role !== 'admin') {
    return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  }

  // body parsing + createUserSchema.safeParse + db.user.create —
  // identical to the pages/api version, only the response helpers changed

  return NextResponse.json(user, { status: 201 });
}
