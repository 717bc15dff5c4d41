import type { User, Project } from "./types";

export type Action = "read" | "write" | "delete" | "admin";

const ROLE_ACTIONS: Record<User["role"], readonly Action[]> = {
  viewer: ["read"],
  editor: ["read", "write"],
  owner: ["read", "write", "delete", "admin"],
};

export function can(user: User, action: Action, project: Project): boolean {
  if (user.suspended) return false;
  if (user.isSuperAdmin) return true;
  const membership = project.members.find((m) => m.userId === user.id);
  return (
    membership !== undefined &&
    ROLE_ACTIONS[membership.role].includes(action) &&