import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Actor, ActorContext } from './actor';
import { Role } from './user.entity';

export const PUBLIC_KEY = 'tracker:public';
export const ROLES_KEY = 'tracker:roles';

/** Anyone may call this operation, signed in or not. */
export const Public = (): MethodDecorator => SetMetadata(PUBLIC_KEY, true);

/** Only signed-in users with one of these roles may call this operation (resource checks follow in the service). */
export const Roles = (...roles: Role[]): MethodDecorator => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user may call this operation. */
export const SignedIn = (): MethodDecorator => Roles(Role.EXECUTIVE, Role.LIAISON);

/**
 * The actor of the request. Where the operation declares roles the guard has made sure there is
 * a user, and the parameter is typed `SignedInActor`.
 */
export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor =>
    GqlExecutionContext.create(context).getContext<ActorContext>().actor,
);
