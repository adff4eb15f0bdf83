import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { PlansModule } from '../plans/plans.module';
import { AccountPasswordPolicy } from './account-password-policy';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { Invite } from './invite.entity';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

@Module({
  imports: [TypeOrmModule.forFeature([Invite]), AuthModule, OrganisationsModule, PlansModule],
  providers: [AccountsService, AccountPasswordPolicy, AccountsResolver, PeopleService, PeopleResolver],
  exports: [AccountsService],
})
export class AccountsModule {}
