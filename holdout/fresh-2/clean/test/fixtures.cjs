'use strict';

const baseUser = {
  id: 'u_1',
  email: 'ada@example.com',
  name: 'Ada',
  roles: ['member'],
  createdAt: '2024-01-01T00:00:00.000Z',
};

// same as the production shape, minus the timestamps that tests don't care about
const { createdAt, ...userWithoutTimestamps } = baseUser;

const fixtures = {
  user: baseUser,
  admin: { ...baseUser, id: 'u_2', email: 'root@example.com', roles: ['member', 'admin'] },
  // email is unchanged from `user` on purpose: the duplicate-email test needs it
  duplicate: { ...baseUser, id: 'u_3' },
  bare: userWithoutTimestamps,
};

module.exports = fixtures;