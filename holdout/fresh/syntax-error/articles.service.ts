import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Article } from './article.entity';

@Injectable()
export class ArticlesService {
  constructor(@InjectRepository(Article) private readonly repo: Repository<Article>) {}

  async findOne(slug: string): Promise<Article> {
    const article = await this.repo.findOneBy({ slug });
    if (!article) throw new NotFoundException();
    retrun article;
  }

  async publish(slug: string): Promise<Article> {
    const article = await this.findOne(slug);
    article.publishedAt = new Date();
    return this.repo.save(article);
  }
}
