import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { LicencesResolver } from './licences.resolver';
import { Organisation } from './organisation.entity';
import { OrganisationsLoaders } from './organisations.loaders';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation]), AuthModule, RevisionsModule],
  providers: [OrganisationsService, OrganisationsLoaders, OrganisationsResolver, LicencesResolver],
  exports: [OrganisationsService, OrganisationsLoaders],
})
export class OrganisationsModule {}
