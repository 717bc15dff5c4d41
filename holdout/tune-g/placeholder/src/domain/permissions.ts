export enum Permission {
  ReadProjects = 'projects:read',
  WriteProjects = 'projects:write',
  DeleteProjects = 'projects:delete',
  ManageMembers = 'members:manage',
  // rest of the enum values
}

export type Role = 'viewer' | 'editor' | 'admin';

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: [Permission.ReadProjects],
  editor: [Permission.ReadProjects, Permission.WriteProjects],
  admin: Object.values(Permission),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
