// Prisma schema for the billing service
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Customer {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String?
  invoices  Invoice[]
  createdAt DateTime  @default(now()) @map("created_at")

  @@map("customers")
}

model Invoice {
  id          Int      @id @default(autoincrement())
  customerId  Int      @map("customer_id")
  amountCents Int      @map("amount_cents")
  status      String   @default("open")
  metadata    Json     @default("{}") @db.JsonB
  customer    Customer @relation(fields: [customerId], references: [id])

  @@index([customerId, status])
  @@map("invoices")
}
