export type Role = "admin" | "editor" | "viewer";

export interface User {
  id: string;
  email: string;
  role: Role;
  /* other fields unchanged */
  lastLoginAt?: Date;
  mfaEnabled: boolean;
}

export function isAdmin(user: Pick<User, "role">): boolean {
  return user.role === "admin";
}
