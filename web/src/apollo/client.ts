import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import type { Client } from 'graphql-ws/client';
import { possibleTypes, typePolicies } from './typePolicies';

/**
 * The cache does not keep the results it has read (`resultCaching: false`): keeping them costs
 * more than reading again. A page's first read out of a restored cache (the dashboard's answer is
 * about 80 KB) took four times as long with them kept, in one task the browser cannot break up
 * while the page hydrates; reads after that take a few milliseconds either way.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies, possibleTypes, resultCaching: false });
}

export interface ApolloClientOptions {
  /**
   * For a page that came rendered with its data: for this long (ms) every query is answered
   * from the restored cache, even one that would also ask the network, so hydrating sends no
   * request.
   */
  ssrForceFetchDelay?: number;
}

/**
 * Subscriptions over graphql-ws at the same `/graphql`, `ws:` or `wss:` as the page (the session
 * cookie goes with the upgrade). The socket opens with the first subscription — after hydration,
 * since pages subscribe in effects — and, once lost, opens again with growing waits; each page
 * catches up on what it missed (features/live). The WebSocket client's code is fetched then too,
 * so a first visit does not download it before the page works.
 */
function subscriptionLink(): GraphQLWsLink {
  let client: Promise<Client> | undefined;
  const open = async (): Promise<Client> => {
    const { createClient } = await import('graphql-ws/client');
    const url = new URL('/graphql', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return createClient({ url: url.href, lazy: true, retryAttempts: Infinity });
  };
  // GraphQLWsLink only ever calls `subscribe`: it starts once the client's code has arrived.
  const lazyClient: Pick<Client, 'subscribe'> = {
    subscribe(payload, sink) {
      let stop: (() => void) | undefined;
      let stopped = false;
      (client ??= open()).then(
        (ready) => {
          if (!stopped) stop = ready.subscribe(payload, sink);
        },
        (error: unknown) => sink.error(error),
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
  return new GraphQLWsLink(lazyClient as Client);
}

const isSubscription = ({ query }: ApolloLink.Operation): boolean => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

/** The one client of the app: same-origin `/graphql`, session cookie included; subscriptions over WebSocket. */
export function createApolloClient({ ssrForceFetchDelay }: ApolloClientOptions = {}): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.split(isSubscription, subscriptionLink(), http),
    cache: createCache(),
    ssrForceFetchDelay,
  });
}
