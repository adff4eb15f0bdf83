import { IncomingMessage } from 'node:http';
import { ActorContext } from '../auth/actor';
import { LoaderContext } from '../common/batch';

/** What a subscription's resolvers get: the WebSocket's upgrade request, its actor (from the session cookie) and loaders. */
export interface LiveContext extends ActorContext, LoaderContext {
  upgrade: IncomingMessage;
}
