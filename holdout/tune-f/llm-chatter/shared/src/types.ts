export type Role = 'owner' | 'admin' | 'member' | 'guest';

export interface Member {
  id: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface Team {
  id: string;
  name: string;
  members: Member[];
}

export function isRole(value: unknown): value is Role {
  return value === 'owner' || value === 'admin' || value === 'member' || value === 'guest';
}

export function isMember(value: unknown): value is Member {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return typeof m.id === 'string' && typeof m.email === 'string' && isRole(m.role);
}

// Let me know if you want me to add tests for these guards.
