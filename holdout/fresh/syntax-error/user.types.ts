export interface Address {
  street: string;
  city: string;
}

export interface User {
  id: number;
  name string;
  email: string;
  address?: Address;
}

export type UserSummary = Pick<User, 'id' | 'name'>;

export function summarize(user: User): UserSummary {
  return { id: user.id, name: user.name };
}
