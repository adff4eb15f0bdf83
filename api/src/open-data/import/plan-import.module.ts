import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { AuthModule } from '../../auth/auth.module';
import { LedgerModule } from '../../ledger/ledger.module';
import { RevisionsModule } from '../../revisions/revisions.module';
import { ImportRoute } from './import-route';
import { PlanImportService } from './plan-import.service';

/** The open-data import: reading an export's files back, its preview, and applying it (docs/open-data.md). */
@Module({
  imports: [AuthModule, AuditModule, LedgerModule, RevisionsModule],
  providers: [PlanImportService, ImportRoute],
  exports: [PlanImportService],
})
export class PlanImportModule {}
