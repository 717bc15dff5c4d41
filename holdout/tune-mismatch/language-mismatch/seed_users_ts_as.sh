#!/usr/bin/env -S npx tsx
import { faker } from "@faker-js/faker";
import { PrismaClient, type Prisma } from "@prisma/client";

const prisma = new PrismaClient();
const COUNT: number = Number(process.argv[2] ?? 50);

function fakeUser(): Prisma.UserCreateInput {
  return {
    email: faker.internet.email().toLowerCase(),
    name: faker.person.fullName(),
    role: faker.helpers.arrayElement(["USER", "ADMIN"] as const),
  };
}

async function main(): Promise<void> {
  const data = Array.from({ length: COUNT }, fakeUser);
  const result = await prisma.user.createMany({ data, skipDuplicates: true });
  console.log(`inserted ${result.count} users`);
}

main()
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
