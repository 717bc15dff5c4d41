import { NextResponse, type NextRequest } from 'next/server';
import { getServerSession } from 'next-auth';
import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  const session = await getServerSession();
  if (!session) {
    return NextResponse.json({ error: "Sorry, you need to sign in first. Here's the login link: /login" }, { status: 401 });
  }
  const post = await db.post.findUnique({ where: { id: params.id } });
  if (!post) {
    return NextResponse.json({ error: 'Post not found' }, { status: 404 });
  }
  const fields = req.nextUrl.searchParams.get('fields')?.split(',');
  const body = fields ? Object.fromEntries(fields.map((f) => [f, (post as Record<string, unknown>)[f]])) : post;
  return NextResponse.json(body);
}
