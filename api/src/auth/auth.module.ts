import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Invite } from './invite.entity';
import { LiaisonPlan } from './liaison-plan.entity';
import { Session } from './session.entity';
import { User } from './user.entity';
import { UsersLoaders } from './users.loaders';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User, Session, Invite, LiaisonPlan])],
  providers: [UsersService, UsersLoaders],
  exports: [UsersService, UsersLoaders],
})
export class AuthModule {}
