import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RateLimits } from '../common/rate-limit';
import { AccessPolicy } from './access-policy';
import { LiaisonPlan } from './liaison-plan.entity';
import { LoginThrottle } from './login-throttle';
import { PasswordsService } from './passwords.service';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';
import { UsersLoaders } from './users.loaders';
import { UsersService } from './users.service';
import { WriteLimitGuard } from './write-limit.guard';

/** What the module provides is what it shares (the write limits too, for the plain HTTP routes that write). */
const SERVICES = [
  UsersService,
  UsersLoaders,
  PasswordsService,
  SessionsService,
  RateLimits,
  LoginThrottle,
  AccessPolicy,
  WriteLimitGuard,
];

/** Who is signed in and what they may touch: users, passwords, sessions, the access policy. */
@Module({
  imports: [TypeOrmModule.forFeature([User, Session, LiaisonPlan])],
  providers: SERVICES,
  exports: SERVICES,
})
export class AuthModule {}
