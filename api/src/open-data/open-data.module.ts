import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { User } from '../auth/user.entity';
import { CommitmentRecommendation } from '../commitments/commitment-recommendation.entity';
import { Evidence } from '../ledger/evidence.entity';
import { LedgerModule } from '../ledger/ledger.module';
import { StatusUpdate } from '../ledger/status-update.entity';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlansModule } from '../plans/plans.module';
import { Finding } from '../reports/finding.entity';
import { Recommendation } from '../reports/recommendation.entity';
import { Report } from '../reports/report.entity';
import { Revision } from '../revisions/revision.entity';
import { OpenDataController } from './open-data.controller';
import { PlanExportService } from './plan-export.service';

/** Open data: the plan as files anyone can use (docs/open-data.md). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Report,
      Finding,
      Recommendation,
      CommitmentRecommendation,
      StatusUpdate,
      Evidence,
      Revision,
      User,
    ]),
    AuthModule,
    OrganisationsModule,
    PlansModule,
    LedgerModule,
  ],
  controllers: [OpenDataController],
  providers: [PlanExportService],
  exports: [PlanExportService],
})
export class OpenDataModule {}
