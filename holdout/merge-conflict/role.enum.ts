export enum Role {
  Viewer = "viewer",
  Editor = "editor",
<<<<<<< HEAD
  Admin = "admin",
=======
  Maintainer = "maintainer",
  Owner = "owner",
>>>>>>> origin/main
}

export const ROLE_RANK: Record<Role, number> = {
  [Role.Viewer]: 0,
  [Role.Editor]: 1,
<<<<<<< HEAD
  [Role.Admin]: 2,
=======
  [Role.Maintainer]: 2,
  [Role.Owner]: 3,
>>>>>>> origin/main
};

export function atLeast(role: Role, required: Role): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[required];
}
