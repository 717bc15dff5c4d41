import jwt from 'jsonwebtoken';

export interface TokenPayload {
  sub: string;
  role: 'user' | 'admin';
}

const SECRET = process.env.JWT_SECRET!;

export function signToken(payload: TokenPayload, expiresIn = '1h'): string {
  return jwt.sign(payload, SECRET, { expiresIn });
}

export function verifyToken(token: string): TokenPayload | null {
  // (unchanged)
}

export function refresh(token: string): string | null {
  const payload = verifyToken(token);
  return payload ? signToken({ sub: payload.sub, role: payload.role }) : null;
}
