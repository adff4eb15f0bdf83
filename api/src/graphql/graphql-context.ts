import { FastifyReply, FastifyRequest } from 'fastify';
import { User } from '../auth/user.entity';
import { LoaderContext } from '../common/batch';

/** What every resolver gets per request: the request, the signed-in user (if any) and the DataLoaders. */
export interface GraphQLContext extends LoaderContext {
  req: FastifyRequest;
  reply: FastifyReply;
  user: User | null;
  sessionId: string | null;
}
