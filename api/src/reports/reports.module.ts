import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { Finding } from './finding.entity';
import { FindingsResolver } from './findings.resolver';
import { FindingsService } from './findings.service';
import { Recommendation } from './recommendation.entity';
import { Report } from './report.entity';
import { ReportsLoaders } from './reports.loaders';
import { OrganisationReportsResolver, RecommendationsResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Report, Finding, Recommendation]),
    OrganisationsModule,
    AuthModule,
    RevisionsModule,
  ],
  providers: [
    ReportsService,
    ReportsLoaders,
    ReportsResolver,
    RecommendationsResolver,
    OrganisationReportsResolver,
    FindingsService,
    FindingsResolver,
  ],
  exports: [ReportsService, ReportsLoaders],
})
export class ReportsModule {}
