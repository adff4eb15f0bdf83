import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations/organisations.module';
import { Finding } from './finding.entity';
import { Recommendation } from './recommendation.entity';
import { Report } from './report.entity';
import { ReportsLoaders } from './reports.loaders';
import { OrganisationReportsResolver, ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([Report, Finding, Recommendation]), OrganisationsModule],
  providers: [ReportsService, ReportsLoaders, ReportsResolver, OrganisationReportsResolver],
  exports: [ReportsService, ReportsLoaders],
})
export class ReportsModule {}
