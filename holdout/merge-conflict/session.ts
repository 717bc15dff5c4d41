import { cookies } from "next/headers";
import { SignJWT, jwtVerify } from "jose";

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);

export interface Session {
  userId: string;
  expiresAt: number;
}

export async function createSession(userId: string): Promise<string> {
<<<<<<< ours
  const expiresAt = Date.now() + 7 * 24 * 60 * 60 * 1000;
  return new SignJWT({ userId, expiresAt }).setProtectedHeader({ alg: "HS256" }).sign(secret);
||||||| base
  const expiresAt = Date.now() + 24 * 60 * 60 * 1000;
  return new SignJWT({ userId, expiresAt }).setProtectedHeader({ alg: "HS256" }).sign(secret);
=======
  const expiresAt = Date.now() + 24 * 60 * 60 * 1000;
  return new SignJWT({ userId, expiresAt })
    .setProtectedHeader({ alg: "HS256" })
    .setExpirationTime(new Date(expiresAt))
    .sign(secret);
>>>>>>> theirs
}

export async function readSession(): Promise<Session | null> {
  const token = (await cookies()).get("session")?.value;
  if (!token) return null;
  try {
    const { payload } = await jwtVerify<Session>(token, secret);
    return payload;
  } catch {
    return null;
  }
}
