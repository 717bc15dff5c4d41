const { faker } = require('@faker-js/faker');
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
faker.seed(42);

async function seedUsers(count = 25) {
  const users = [];
  for (let i = 0; i < count; i++) {
    users.push(
      await prisma.user.create({
        data: {
          email: faker.internet.email().toLowerCase(),
          name: faker.person.fullName(),
          avatarUrl: faker.image.avatar(),
        },
      })
    );
  }
  return users;
}

async function main() {
  await prisma.review.deleteMany();
  await prisma.product.deleteMany();
  await prisma.user.deleteMany();

  const users = await seedUsers();
  const products = await seedProducts(40);
  await seedReviews(users, products);
  console.log(`seeded ${users.length} users, ${products.length} products`);
}

// seedProducts() and seedReviews() follow the same shape as seedUsers — skipped to save space

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
