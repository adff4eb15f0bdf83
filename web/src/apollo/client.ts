import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
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

/** The one client of the app: same-origin `/graphql`, session cookie included. */
export function createApolloClient({ ssrForceFetchDelay }: ApolloClientOptions = {}): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
    ssrForceFetchDelay,
  });
}
