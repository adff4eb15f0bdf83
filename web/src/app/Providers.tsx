import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';

export interface ProvidersProps {
  client: ApolloClient;
  children: ReactNode;
}

export function Providers({ client, children }: ProvidersProps) {
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
