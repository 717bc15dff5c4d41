import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommentsService } from './comments.service';
import { CreateCommentDto } from './dto/create-comment.dto';

@Controller('posts/:postId/comments')
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get(
  list(@Param('postId') postId: string) {
    return this.comments.forPost(postId);
  }

  @Post()
  create(@Param('postId') postId: string, @Body() dto: CreateCommentDto) {
    return this.comments.create(postId, dto);
  }
}
