import { NextResponse } from 'next/server';
import { z } from 'zod';
import { db } from '@/lib/db';

const Body = z.object({ title: z.string().min(1), content: z.string().default('') });

export async function POST(req: Request) {
  const parsed = Body.safeParse(await req.json());
  if (!parsed.success) {
    return NextResponse.json({ errors: parsed.error.flatten() }, { status: 422 });
  }
  const post = await db.post.create({ data: parsed.data });
  return NextResponse.json(post, { status: 201 });
}

Now you can test the endpoint with:

curl -X POST http://localhost:3000/api/posts -H 'content-type: application/json' -d '{"title":"Hello"}'
