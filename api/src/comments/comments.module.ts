import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { LedgerModule } from '../ledger/ledger.module';
import { PlansModule } from '../plans/plans.module';
import { Comment } from './comment.entity';
import { CommentsResolver, CommitmentCommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { ModerationResolver } from './moderation.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([Comment]), AuthModule, CommitmentsModule, PlansModule, LedgerModule],
  providers: [CommentsService, CommentsResolver, CommitmentCommentsResolver, ModerationResolver],
  exports: [CommentsService],
})
export class CommentsModule {}
