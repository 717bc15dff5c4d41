import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';

export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const take = Number(searchParams.get('limit') ?? 20);
<<<<<<< HEAD
  const posts = await prisma.post.findMany({ take, orderBy: { createdAt: 'desc' } });
  return NextResponse.json(posts);
=======
  const posts = await prisma.post.findMany({
    take,
    where: { published: true },
    orderBy: { createdAt: 'desc' },
  });
  return NextResponse.json({ data: posts, count: posts.length });
>>>>>>> feature/published-only
}
