Here's the updated `useAuth` hook with token refresh:

import { useEffect, useState } from "react";
import { refreshToken, getSession, type Session } from "../lib/auth";

export function useAuth() {
  const [session, setSession] = useState<Session | null>(null);

  useEffect(() => {
    getSession().then(setSession);
  }, []);

  useEffect(() => {
    if (!session) return;
    const ms = session.expiresAt - Date.now() - 60_000;
    const id = setTimeout(async () => setSession(await refreshToken(session)), Math.max(ms, 0));
    return () => clearTimeout(id);
  }, [session]);

  return session;
}
