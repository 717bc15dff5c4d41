import { PrismaClient } from '@prisma/client';

const logLevels =
  process.env.NODE_ENV === 'development' ? ['query', 'warn', 'error'] : ['error'];

// ...existing code (globalThis caching for dev hot-reload)...
// nothing changed in that part, only the log levels below

export const prisma =
  globalForPrisma.prisma ??
  new PrismaClient({
    log: logLevels,
    datasources: { db: { url: process.env.DATABASE_URL } },
  });

if (process.env.NODE_ENV !== 'production') {
  globalForPrisma.prisma = prisma;
}

export async function withTransaction(fn) {
  return prisma.$transaction(async (tx) => fn(tx), {
    maxWait: 5_000,
    timeout: 10_000,
  });
}

export default prisma;
