import { NextResponse, type NextRequest } from 'next/server';
import { verifySession } from '@/lib/session-edge';

const PUBLIC_PATHS = ['/login', '/signup', '/forgot-password'];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;

  if (PUBLIC_PATHS.some((p) => pathname.startsWith(p))) {
    return NextResponse.next();
  }

  const token = req.cookies.get('session')?.value;
  const session = token ? await verifySession(token) : null;

  if (!session) {
    const url = req.nextUrl.clone();
    url.pathname = '/login';
    url.searchParams.set('next', pathname);
    return NextResponse.redirect(url);
  }

  const res = NextResponse.next();
  res.headers.set('x-user-id', session.userId);
  return res;
}

export const config = {
  // matcher: keep the one from your current middleware.ts
  // (the negative lookahead that skips _next/static, images and favicon.ico)
};
