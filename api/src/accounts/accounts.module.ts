import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { AccountsResolver } from './accounts.resolver';
import { AccountsService } from './accounts.service';
import { Invite } from './invite.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Invite]), AuthModule, PlansModule],
  providers: [AccountsService, AccountsResolver],
  exports: [AccountsService],
})
export class AccountsModule {}
