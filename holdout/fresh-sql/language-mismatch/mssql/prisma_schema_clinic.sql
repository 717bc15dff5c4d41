// Prisma schema for the clinic scheduling service
datasource db {
  provider = "sqlserver"
  url      = env("DATABASE_URL")
}

generator client {
  provider = "prisma-client-js"
}

model Practitioner {
  id          Int           @id @default(autoincrement())
  fullName    String        @db.NVarChar(200)
  specialty   String?
  slots       Slot[]
}

model Slot {
  id              Int          @id @default(autoincrement())
  practitionerId  Int
  startsAt        DateTime
  durationMin     Int          @default(20)
  practitioner    Practitioner @relation(fields: [practitionerId], references: [id])

  @@index([practitionerId, startsAt])
}
