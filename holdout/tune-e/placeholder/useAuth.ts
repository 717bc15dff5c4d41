import { useCallback, useEffect, useState } from "react";
import { getSession, signIn as apiSignIn, signOut as apiSignOut } from "../lib/auth";
import type { Session } from "../lib/auth";

export function useAuth() {
  const [session, setSession] = useState<Session | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    getSession()
      .then(setSession)
      .finally(() => setLoading(false));
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const s = await apiSignIn(email, password);
    setSession(s);
    return s;
  }, []);

  // (rest of the hook unchanged)

  return { session, loading, signIn, signOut: apiSignOut };
}
