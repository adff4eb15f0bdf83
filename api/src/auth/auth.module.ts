import { Module } from '@nestjs/common';
import { WriteLimitGuard } from './write-limit.guard';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessPolicy } from './access-policy';
import { LiaisonPlan } from './liaison-plan.entity';
import { LoginThrottle } from './login-throttle';
import { PasswordsService } from './passwords.service';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';
import { UsersLoaders } from './users.loaders';
import { UsersService } from './users.service';

/** Who is signed in and what they may touch: users, passwords, sessions, the access policy. */
@Module({
  imports: [TypeOrmModule.forFeature([User, Session, LiaisonPlan])],
  providers: [
    UsersService,
    UsersLoaders,
    PasswordsService,
    SessionsService,
    LoginThrottle,
    AccessPolicy,
    WriteLimitGuard,
  ],
  exports: [
    UsersService,
    UsersLoaders,
    PasswordsService,
    SessionsService,
    LoginThrottle,
    AccessPolicy,
    WriteLimitGuard,
  ],
})
export class AuthModule {}
