import { FastifyReply, FastifyRequest } from 'fastify';
import { LoaderCache } from '../common/batch';

/** What every resolver gets per request: the request itself and its DataLoaders. */
export interface GraphQLContext {
  req: FastifyRequest;
  reply: FastifyReply;
  loaders: LoaderCache;
}

export function createContext({ request, reply }: { request: FastifyRequest; reply: FastifyReply }): GraphQLContext {
  return { req: request, reply, loaders: new LoaderCache() };
}
