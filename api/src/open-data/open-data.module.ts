import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlansModule } from '../plans/plans.module';
import { ReportsModule } from '../reports/reports.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { PlanImportModule } from './import/plan-import.module';
import { DataDictionary } from './data-dictionary';
import { OpenDataController } from './open-data.controller';
import { PlanExportService } from './plan-export.service';

/**
 * Open data: a plan as files anyone can use, and those files read back in (docs/open-data.md). It
 * owns no table: it reads and writes through the owners' services.
 */
@Module({
  imports: [
    AuthModule,
    OrganisationsModule,
    PlansModule,
    ReportsModule,
    CommitmentsModule,
    LedgerModule,
    RevisionsModule,
    PlanImportModule,
  ],
  controllers: [OpenDataController],
  providers: [PlanExportService, DataDictionary],
  exports: [PlanExportService],
})
export class OpenDataModule {}
