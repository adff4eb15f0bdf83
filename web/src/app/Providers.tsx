import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { TodayContext } from '../lib/today';

export interface ProvidersProps {
  client: ApolloClient;
  /** Today as the server that rendered the page saw it (see `useToday`); omitted: the browser's clock. */
  today?: string | null;
  children: ReactNode;
}

export function Providers({ client, today = null, children }: ProvidersProps) {
  return (
    <ApolloProvider client={client}>
      <TodayContext.Provider value={today}>{children}</TodayContext.Provider>
    </ApolloProvider>
  );
}
