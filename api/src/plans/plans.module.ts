import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ReportsModule } from '../reports/reports.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { ActionPlan } from './action-plan.entity';
import { PlanReport } from './plan-report.entity';
import { PlanVisibility } from './plan-visibility';
import { PlansLoaders } from './plans.loaders';
import { OrganisationPlansResolver, PlansResolver, ReportPlansResolver } from './plans.resolver';
import { PlansService } from './plans.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ActionPlan, PlanReport]),
    OrganisationsModule,
    ReportsModule,
    AuthModule,
    RevisionsModule,
  ],
  providers: [
    PlansService,
    PlansLoaders,
    PlanVisibility,
    PlansResolver,
    OrganisationPlansResolver,
    ReportPlansResolver,
  ],
  exports: [PlansService, PlansLoaders, PlanVisibility],
})
export class PlansModule {}
