import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { CommitmentsModule } from '../commitments/commitments.module';
import { MilestonesModule } from '../milestones/milestones.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlansModule } from '../plans/plans.module';
import { ReportsModule } from '../reports/reports.module';
import { RevisionsModule } from '../revisions/revisions.module';
import { AskLinkResolver, AsksResolver, CommitmentRoundtableAsksResolver } from './asks.resolver';
import { AsksService } from './asks.service';
import { RoundtableMail } from './registrations/roundtable-mail';
import { RegistrationsExportController } from './registrations/registrations-export.controller';
import { RegistrationsPurge, RegistrationsPurgeSchedule } from './registrations/registrations-purge';
import { RegistrationsResolver } from './registrations/registrations.resolver';
import { RegistrationsService } from './registrations/registrations.service';
import { RoundtableAskLink } from './roundtable-ask-link.entity';
import { RoundtableAsk } from './roundtable-ask.entity';
import { RoundtableRegistration } from './roundtable-registration.entity';
import { Roundtable } from './roundtable.entity';
import { RoundtablesLoaders } from './roundtables.loaders';
import { PlanRoundtablesResolver, RoundtablesResolver } from './roundtables.resolver';
import { RoundtablesService } from './roundtables.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Roundtable, RoundtableRegistration, RoundtableAsk, RoundtableAskLink]),
    AuthModule,
    CommitmentsModule,
    MilestonesModule,
    OrganisationsModule,
    PlansModule,
    ReportsModule,
    RevisionsModule,
  ],
  providers: [
    RoundtablesService,
    AsksService,
    RoundtablesLoaders,
    RoundtablesResolver,
    PlanRoundtablesResolver,
    AsksResolver,
    AskLinkResolver,
    CommitmentRoundtableAsksResolver,
    RegistrationsService,
    RegistrationsResolver,
    RoundtableMail,
    RegistrationsPurge,
    RegistrationsPurgeSchedule,
  ],
  controllers: [RegistrationsExportController],
  exports: [RoundtablesService, AsksService, RoundtablesLoaders, RegistrationsPurge, RegistrationsPurgeSchedule],
})
export class RoundtablesModule {}
