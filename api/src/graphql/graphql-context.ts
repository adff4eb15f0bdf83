import { FastifyReply, FastifyRequest } from 'fastify';
import { ActorContext } from '../auth/actor';
import { LoaderContext } from '../common/batch';

/** What every resolver gets per request: the request, its actor, the session (if any) and the DataLoaders. */
export interface GraphQLContext extends ActorContext, LoaderContext {
  req: FastifyRequest;
  reply: FastifyReply;
  sessionId: string | null;
}
