import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '../common/domain-error';
import { ActorContext } from './actor';
import { PUBLIC_KEY, ROLES_KEY } from './decorators';
import { Role } from './user.entity';

/**
 * Deny by default: an operation runs only when it is marked @Public() or declares its roles and
 * the signed-in user holds one. Resource checks follow in the services.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw new DomainError(ErrorCode.FORBIDDEN, 'This operation is not open to anyone.');
    if (context.getType<string>() !== 'graphql')
      throw new DomainError(ErrorCode.FORBIDDEN, 'Not available over plain HTTP.');
    const { user } = GqlExecutionContext.create(context).getContext<ActorContext>().actor;
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
    if (!roles.includes(user.role)) throw new DomainError(ErrorCode.FORBIDDEN, 'Your role does not allow this.');
    return true;
  }
}
