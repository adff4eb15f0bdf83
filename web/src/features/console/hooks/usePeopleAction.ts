import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { mutationProblem } from '../../../ui/forms/mutationProblem';
import { PeopleQuery } from '../graphql/people';

export interface PeopleActionState {
  /** The id of the account or invitation being changed, while a change is under way. */
  busyId: string | null;
  /** What the last change did, or why it was refused, for the page's live region. */
  message: { kind: 'success' | 'error'; text: string } | null;
}

/**
 * Runs one change on the People page at a time (disable, enable, revoke, re-send), reloads the
 * page's lists, and says what happened. Resolves to the mutation's data, or null when refused.
 */
export function usePeopleAction() {
  const client = useApolloClient();
  const [state, setState] = useState<PeopleActionState>({ busyId: null, message: null });

  const run = async <Data, Variables extends { input: { id: string } }>(
    mutation: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    done: string,
  ): Promise<Data | null> => {
    if (state.busyId) return null;
    setState({ busyId: variables.input.id, message: null });
    try {
      const { data } = await client.mutate<Data, Variables>({
        mutation,
        variables,
        refetchQueries: [PeopleQuery],
        awaitRefetchQueries: true,
      });
      setState({ busyId: null, message: { kind: 'success', text: done } });
      return data ?? null;
    } catch (caught) {
      setState({ busyId: null, message: { kind: 'error', text: mutationProblem(caught).message } });
      return null;
    }
  };

  return { ...state, run };
}
