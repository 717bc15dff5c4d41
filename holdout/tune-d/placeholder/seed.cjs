const { PrismaClient } = require("@prisma/client");
const prisma = new PrismaClient();

const users = [
  { email: "alice@example.com", name: "Alice", role: "ADMIN" },
  // code omitted for brevity
  { email: "erin@example.com", name: "Erin", role: "USER" },
];

async function main() {
  for (const u of users) {
    await prisma.user.upsert({
      where: { email: u.email },
      update: {},
      create: u,
    });
  }
  console.log(`seeded ${users.length} users`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  })
  .finally(() => prisma.$disconnect());
