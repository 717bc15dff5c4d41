<<<<<<< SEARCH
export function useAuth() {
  const [user, setUser] = useState<User | null>(null);
  return { user, setUser };
}
=======
export function useAuth() {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used within AuthProvider');
  return ctx;
}
>>>>>>> REPLACE

import { createContext, useContext, useState } from 'react';
import type { User } from './types';

export const AuthContext = createContext<{ user: User | null; setUser: (u: User | null) => void } | null>(null);
