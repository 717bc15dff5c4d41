import { PrismaClient, Role } from '@prisma/client';
import { hash } from 'bcryptjs';

const prisma = new PrismaClient();

async function main() {
  const passwordHash = await hash('demo1234', 10);

  const admin = await prisma.user.upsert({
    where: { email: 'admin@example.com' },
    update: {},
    create: { email: 'admin@example.com', name: 'Admin', role: Role.ADMIN, passwordHash },
  });

  const members = await Promise.all(
    ['ana', 'ben', 'chen'].map((name) =>
      prisma.user.create({
        data: { email: `${name}@example.com`, name, role: Role.MEMBER, passwordHash },
      }),
    ),
  );

  … (create the demo projects like the users above)

  for (const project of projects) {
    await prisma.membership.createMany({
      data: [admin, ...members].map((u) => ({ userId: u.id, projectId: project.id })),
    });
  }
}

main()
  .then(() => prisma.$disconnect())
  .catch(async (e) => {
    console.error(e);
    await prisma.$disconnect();
    process.exit(1);
  });
