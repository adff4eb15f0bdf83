import { FastifyReply, FastifyRequest } from 'fastify';
import { User } from '../auth/user.entity';
import { LoaderCache } from '../common/batch';

/** What every resolver gets per request: the request, the signed-in user (if any) and the DataLoaders. */
export interface GraphQLContext {
  req: FastifyRequest;
  reply: FastifyReply;
  loaders: LoaderCache;
  user: User | null;
  sessionId: string | null;
}
