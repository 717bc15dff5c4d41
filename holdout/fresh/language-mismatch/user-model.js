const crypto = require('crypto');

interface User {
  id: string;
  email: string;
  passwordHash: string;
  createdAt: Date;
}

type NewUser = Omit<User, 'id' | 'createdAt'>;

const users: Map<string, User> = new Map();

function createUser(input: NewUser): User {
  const user: User = { ...input, id: crypto.randomUUID(), createdAt: new Date() };
  users.set(user.id, user);
  return user;
}

function findByEmail(email: string): User | undefined {
  return [...users.values()].find((u) => u.email === email);
}

module.exports = { createUser, findByEmail };
