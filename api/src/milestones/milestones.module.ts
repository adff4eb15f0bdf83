import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommitmentsModule } from '../commitments/commitments.module';
import { Milestone } from './milestone.entity';
import { MilestonesLoaders } from './milestones.loaders';
import { CommitmentMilestonesResolver, MilestonesResolver } from './milestones.resolver';
import { MilestonesService } from './milestones.service';

@Module({
  imports: [TypeOrmModule.forFeature([Milestone]), CommitmentsModule],
  providers: [MilestonesService, MilestonesLoaders, MilestonesResolver, CommitmentMilestonesResolver],
  exports: [MilestonesService, MilestonesLoaders],
})
export class MilestonesModule {}
