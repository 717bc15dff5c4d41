import { PrismaClient, Role } from '@prisma/client';
import { hash } from 'bcryptjs';

const prisma = new PrismaClient();

async function main() {
  const password = await hash('changeme123', 10);

  await prisma.user.upsert({
    where: { email: 'admin@acme.test' },
    update: {},
    create: { email: 'admin@acme.test', name: 'Admin', role: Role.ADMIN, password },
  });

  await prisma.category.createMany({
    data: [
      { slug: 'books', name: 'Books' },
      { slug: 'music', name: 'Music' },
      ..., // and the rest of the categories
    ],
    skipDuplicates: true,
  });

  const books = await prisma.category.findUniqueOrThrow({ where: { slug: 'books' } });
  await prisma.product.createMany({
    data: Array.from({ length: 20 }, (_, i) => ({
      sku: `BK-${String(i + 1).padStart(3, '0')}`,
      name: `Sample book ${i + 1}`,
      priceCents: 999 + i * 100,
      categoryId: books.id,
    })),
  });
}

main()
  .catch((e) => {
    console.error(e);
    process.exit(1);
  })
  .finally(async () => {
    await prisma.$disconnect();
  });
