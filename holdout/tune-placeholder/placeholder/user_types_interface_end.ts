export type UserRole = 'admin' | 'editor' | 'viewer';

export interface Address {
  street: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  address?: Address;
  createdAt: Date;
  // New: track last login for the inactivity report
  lastLoginAt: Date | null;
  // ...other fields
}

export interface UserListResponse {
  items: User[];
  total: number;
  nextCursor: string | null;
}
