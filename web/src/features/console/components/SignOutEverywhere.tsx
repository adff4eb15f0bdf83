import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage } from '../../../apollo/errors';
import { useNavigate } from '../../../router';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { SignOutEverywhereMutation } from '../../account';
import { leaveConsole } from '../lib/leaveConsole';

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
    await leaveConsole(client, navigate);
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
