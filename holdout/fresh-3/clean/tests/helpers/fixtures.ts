import { randomUUID } from 'node:crypto';
import type { Order, User } from '../../src/types';

let seq = 0;

export function makeUser(overrides: Partial<User> = {}): User {
  seq += 1;
  // Only the fields tests usually care about are listed; the rest of the
  // fields use the defaults below and can be overridden per test.
  return {
    id: randomUUID(),
    email: `user${seq}@example.test`,
    name: `Test User ${seq}`,
    role: 'member',
    createdAt: new Date('2024-01-01T00:00:00Z'),
    ...overrides,
  };
}

export function makeOrder(user: User, overrides: Partial<Order> = {}): Order {
  return {
    id: randomUUID(),
    userId: user.id,
    status: 'pending',
    totalCents: 1999,
    items: [],
    ...overrides,
  };
}
