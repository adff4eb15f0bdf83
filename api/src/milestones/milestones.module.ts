import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { PlansModule } from '../plans/plans.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { Milestone } from './milestone.entity';
import { MilestonesLoaders } from './milestones.loaders';
import { CommitmentMilestonesResolver, MilestonesResolver } from './milestones.resolver';
import { MilestonesService } from './milestones.service';

@Module({
  imports: [TypeOrmModule.forFeature([Milestone]), AuthModule, CommitmentsModule, PlansModule, RevisionsModule],
  providers: [MilestonesService, MilestonesLoaders, MilestonesResolver, CommitmentMilestonesResolver],
  exports: [MilestonesService, MilestonesLoaders],
})
export class MilestonesModule {}
