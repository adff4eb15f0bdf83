import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../../apollo/errors';
import { useNavigate } from '../../../router';
import { homePath } from '../../../routes/paths';
import { clearDrafts } from '../../../ui/forms/useDraft';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { SignOutEverywhereMutation } from '../../account';

/** Ends every session of the signed-in person, this one included, and leaves the console. */
export function SignOutEverywhere() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signOut = async () => {
    if (working) return;
    setWorking(true);
    setError(null);
    try {
      await client.mutate({ mutation: SignOutEverywhereMutation });
    } catch (caught) {
      setWorking(false);
      setError(errorMessage(caught));
      return;
    }
    clearDrafts();
    navigate(homePath());
    // Forget everything fetched while signed in; the header and the home page ask again.
    await client.resetStore();
  };

  return (
    <>
      <FormMessages error={error} />
      <button type="button" className="button button--secondary" aria-disabled={working} onClick={() => void signOut()}>
        {working ? 'Signing out…' : 'Sign out everywhere'}
      </button>
    </>
  );
}
