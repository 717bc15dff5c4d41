import { useState } from 'react';
import { signOut, useSession } from 'next-auth/react';
import { Avatar } from './Avatar';

export function UserMenu() {
  const { data: session } = useSession();
  const [open, setOpen] = useState(false);

  if (!session) return null;

  const close = () => setOpen(false);

  // Same JSX as the original component
  return null;
}

export function useLogout() {
  return () => signOut({ callbackUrl: '/' });
}
