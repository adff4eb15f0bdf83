import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { typePolicies } from './typePolicies';

export function createCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies });
}

/** The one client of the app: same-origin `/graphql`, session cookie included. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: createCache(),
  });
}
