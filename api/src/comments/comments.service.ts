import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Comment } from './comment.entity';

@Injectable()
export class CommentsService {
  constructor(@InjectRepository(Comment) private readonly comments: Repository<Comment>) {}

  /** A commitment's comments and responses, oldest first (threads are built from parentId). */
  findByCommitmentId(commitmentId: string): Promise<Comment[]> {
    return this.comments.find({ where: { commitmentId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
