import { Module } from '@nestjs/common';
import { APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module';
import { AuditModule } from './audit/audit.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { WriteLimitGuard } from './auth/write-limit.guard';
import { CommentsModule } from './comments/comments.module';
import { CommitmentsModule } from './commitments/commitments.module';
import { CommonModule } from './common/common.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AppGraphQLModule } from './graphql/graphql.module';
import { inputValidationPipe } from './graphql/validation.pipe';
import { FollowModule } from './follow/follow.module';
import { HealthModule } from './health/health.module';
import { LedgerModule } from './ledger/ledger.module';
import { LiveModule } from './live/live.module';
import { LoggingModule } from './logging/logging.module';
import { MilestonesModule } from './milestones/milestones.module';
import { OpenDataModule } from './open-data/open-data.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PlansModule } from './plans/plans.module';
import { PublicCacheModule } from './public-cache/public-cache.module';
import { ReportsModule } from './reports/reports.module';
import { RevisionsModule } from './revisions/revisions.module';
import { RoundtablesModule } from './roundtables/roundtables.module';
import { WorkspaceModule } from './workspace/workspace.module';

@Module({
  imports: [
    ConfigModule,
    LoggingModule,
    CommonModule,
    AuditModule,
    DatabaseModule,
    AppGraphQLModule,
    HealthModule,
    AuthModule,
    AccountsModule,
    OrganisationsModule,
    ReportsModule,
    PlansModule,
    CommitmentsModule,
    MilestonesModule,
    RevisionsModule,
    LedgerModule,
    LiveModule,
    CommentsModule,
    RoundtablesModule,
    WorkspaceModule,
    OpenDataModule,
    PublicCacheModule,
    FollowModule,
  ],
  providers: [
    { provide: APP_PIPE, useValue: inputValidationPipe },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useExisting: WriteLimitGuard },
  ],
})
export class AppModule {}
