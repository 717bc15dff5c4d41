import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { PostsService } from './posts.service';

@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Get()
  list(@Query('page') page = '1') {
    return this.posts.list(Number(page));
  }

  @Get(':id