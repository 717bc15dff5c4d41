#!/usr/bin/env -S npx tsx
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

const users = [
  { email: 'ada@example.com', name: 'Ada' },
  { email: 'linus@example.com', name: 'Linus' },
] satisfies Array<{ email: string; name: string }>;

for (const u of users) {
  await prisma.user.upsert({ where: { email: u.email }, update: {}, create: u });
}

console.log(`Seeded ${users.length} users`);
await prisma.$disconnect();
