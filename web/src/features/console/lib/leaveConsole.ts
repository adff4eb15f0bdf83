import type { ApolloClient } from '@apollo/client';
import { homePath } from '../../../routes/paths';
import { clearDrafts } from '../../../ui/forms/useDraft';

/**
 * After the session has ended: forgets the drafts typed in this browser, goes to the home
 * page and forgets everything fetched while signed in (the header and the home page ask again).
 */
export async function leaveConsole(client: ApolloClient, navigate: (path: string) => void): Promise<void> {
  clearDrafts();
  navigate(homePath());
  await client.resetStore();
}
