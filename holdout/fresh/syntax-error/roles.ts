import type { User } from './user.types';

export function hasRole(user: User, role: Role): boolean {
  return user.roles.includes(role);
}

export enum Role {
  Admin: 'admin',
  Editor = 'editor',
  Viewer = 'viewer',
}

export const ROLE_RANK: Record<Role, number> = {
  [Role.Admin]: 3,
  [Role.Editor]: 2,
  [Role.Viewer]: 1,
};

export function canEdit(role: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[Role.Editor];
}
