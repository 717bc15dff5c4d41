import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
<<<<<<< HEAD
import { TypeOrmModule } from '@nestjs/typeorm';
=======
import { PrismaModule } from './prisma/prisma.module';
>>>>>>> migrate-to-prisma
import { UsersModule } from './users/users.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
<<<<<<< HEAD
    TypeOrmModule.forRoot({ type: 'postgres', url: process.env.DATABASE_URL, autoLoadEntities: true }),
=======
    PrismaModule,
>>>>>>> migrate-to-prisma
    UsersModule,
  ],
})
export class AppModule {}
