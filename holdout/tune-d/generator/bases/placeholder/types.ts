export type Role = "admin" | "editor" | "viewer";

export interface User {
  id: string;
  email: string;
  displayName: string;
  avatarUrl?: string;
  createdAt: string;
  lastLoginAt?: string;
  role: Role;
}

export interface Team {
  id: string;
  name: string;
  members: User[];
}

export interface Invitation {
  id: string;
  teamId: string;
  email: string;
  role: Role;
  expiresAt: string;
}
