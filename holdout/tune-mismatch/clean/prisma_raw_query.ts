import { Prisma, PrismaClient } from "@prisma/client";

const prisma = new PrismaClient();

type LeaderboardRow = { userId: string; name: string; points: bigint; rank: bigint };

export async function leaderboard(seasonId: number, limit = 20): Promise<LeaderboardRow[]> {
  return prisma.$queryRaw<LeaderboardRow[]>`
    SELECT u.id AS "userId",
           u.name,
           SUM(s.points) AS points,
           RANK() OVER (ORDER BY SUM(s.points) DESC) AS rank
      FROM "Score" s
      JOIN "User" u ON u.id = s."userId"
     WHERE s."seasonId" = ${seasonId}
     GROUP BY u.id, u.name
     ORDER BY points DESC
     LIMIT ${limit}
  `;
}

export async function searchUsers(terms: string[]) {
  const patterns = terms.map((t) => `%${t}%`);
  return prisma.$queryRaw<Array<{ id: string; name: string }>>(
    Prisma.sql`
      SELECT id, name
        FROM "User"
       WHERE name ILIKE ANY (${patterns})
       ORDER BY name
    `,
  );
}

export async function resetSeason(seasonId: number): Promise<number> {
  return prisma.$executeRaw`DELETE FROM "Score" WHERE "seasonId" = ${seasonId}`;
}
