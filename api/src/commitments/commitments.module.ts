import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { ReportsModule } from '../reports/reports.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { CommitmentRecommendation } from './commitment-recommendation.entity';
import { Commitment } from './commitment.entity';
import { CommitmentsLoaders } from './commitments.loaders';
import { CommitmentsResolver, PlanCommitmentResolver, RecommendationCommitmentsResolver } from './commitments.resolver';
import { CommitmentsService } from './commitments.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Commitment, CommitmentRecommendation]),
    PlansModule,
    ReportsModule,
    AuthModule,
    RevisionsModule,
  ],
  providers: [
    CommitmentsService,
    CommitmentsLoaders,
    CommitmentsResolver,
    RecommendationCommitmentsResolver,
    PlanCommitmentResolver,
  ],
  exports: [CommitmentsService, CommitmentsLoaders],
})
export class CommitmentsModule {}
