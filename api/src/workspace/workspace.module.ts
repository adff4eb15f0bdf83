import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CommentsModule } from '../comments/comments.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { LedgerModule } from '../ledger/ledger.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlansModule } from '../plans/plans.module';
import { WorkspaceResolver } from './workspace.resolver';
import { WorkspaceService } from './workspace.service';

@Module({
  imports: [AuthModule, CommentsModule, CommitmentsModule, LedgerModule, OrganisationsModule, PlansModule],
  providers: [WorkspaceService, WorkspaceResolver],
})
export class WorkspaceModule {}
