import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { MilestonesModule } from '../milestones/milestones.module';
import { PlansModule } from '../plans/plans.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { RoundtablesModule } from '../roundtables/roundtables.module';
import { CommitmentHistoryResolver } from './commitment-history.resolver';
import { CommitmentLensesResolver } from './commitment-lenses.resolver';
import { Evidence } from './evidence.entity';
import { LedgerLoaders } from './ledger.loaders';
import { LedgerWriter } from './ledger-writer.service';
import { LedgerService } from './ledger.service';
import { MilestoneStatusResolver } from './milestone-status.resolver';
import { PlanProgressResolver } from './plan-progress.resolver';
import { StatusUpdate } from './status-update.entity';
import { StatusUpdatesResolver } from './status-updates.resolver';
import { SubjectRevisionsResolver } from './subject-revisions.resolver';

@Module({
  imports: [
    TypeOrmModule.forFeature([StatusUpdate, Evidence]),
    AuthModule,
    CommitmentsModule,
    MilestonesModule,
    PlansModule,
    RevisionsModule,
    RoundtablesModule,
  ],
  providers: [
    LedgerService,
    LedgerWriter,
    LedgerLoaders,
    CommitmentLensesResolver,
    MilestoneStatusResolver,
    StatusUpdatesResolver,
    PlanProgressResolver,
    CommitmentHistoryResolver,
    SubjectRevisionsResolver,
  ],
  exports: [LedgerService, LedgerLoaders, LedgerWriter],
})
export class LedgerModule {}
