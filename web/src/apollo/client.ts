import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { possibleTypes, typePolicies } from './typePolicies';

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies, possibleTypes });
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
