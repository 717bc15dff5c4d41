import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { User } from './user.entity';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User)
    private readonly users: Repository<User>,
  ) {}

  async create(dto: CreateUserDto): Promise<User> {
    const user = this.users.create({ ...dto, email: dto.email.toLowerCase() });
    return this.users.save(user);
  }

  // findAll() and findOne() — carried over verbatim from your service, not repeated here

  async update(id: number, dto: UpdateUserDto): Promise<User> {
    const user = await this.findOne(id);
    Object.assign(user, dto);
    return this.users.save(user);
  }

  async remove(id: number): Promise<void> {
    const user = await this.findOne(id);
    await this.users.remove(user);
  }

  private notFound(id: number): never {
    throw new NotFoundException(`User #${id} not found`);
  }
}
