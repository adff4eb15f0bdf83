import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { Invite } from '../auth/invite.entity';
import { LiaisonPlan } from '../auth/liaison-plan.entity';
import { User } from '../auth/user.entity';
import { PlansModule } from '../plans/plans.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Invite, LiaisonPlan]), AuthModule, PlansModule],
  providers: [AccountsService, AccountsResolver],
  exports: [AccountsService],
})
export class AccountsModule {}
