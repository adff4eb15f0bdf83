import { User } from './user.entity';

/**
 * Who makes a request: the signed-in user (or none), the address it came from (the one sign-in
 * throttling and the audit log record) and an id for the request. Made once per request.
 */
export interface Actor {
  readonly user: User | null;
  readonly ip: string;
  readonly requestId: string;
}

/** The actor of an operation that declares roles: the guard has let it through, so there is a user. */
export interface SignedInActor extends Actor {
  readonly user: User;
}

/** A request context that carries its actor; what the guard and `@CurrentActor()` read. */
export interface ActorContext {
  actor: Actor;
}
