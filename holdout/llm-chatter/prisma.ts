import { PrismaClient } from "@prisma/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma =
  globalForPrisma.prisma ??
  new PrismaClient({
    log: process.env.NODE_ENV === "development" ? ["query", "error", "warn"] : ["error"],
  });

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export async function withTransaction<T>(fn: (tx: Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$use" | "$extends">) => Promise<T>): Promise<T> {
  return prisma.$transaction(fn);
}

Note: In development, Next.js hot reloading creates a new module instance on every change, which
would otherwise open a new database connection each time. Storing the client on `globalThis`
prevents the "too many connections" error. Please note that you'll need to run `npx prisma generate`
after changing your schema.
