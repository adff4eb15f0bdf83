import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../apollo/errors';
import { useRetry } from '../../../apollo/useRetry';
import { problemTitle, QueryProblem } from '../../../app/QueryProblem';
import { consolePath, homePath, signInPath } from '../../../lib/paths';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useNavigate } from '../../../router';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { ConsoleMeQuery, LogoutMutation } from '../graphql/console';

const ERROR_TITLE = 'Your account could not be loaded';

const ROLE_LABELS = { EXECUTIVE: 'executive', LIAISON: 'liaison' } as const;

/** `/console` — where signed-in people will work; for now, who is signed in and a way out. */
export function ConsolePage() {
  const result = useQuery(ConsoleMeQuery, { fetchPolicy: 'network-only' });
  const retry = useRetry(result);
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  // Once signing out, `me` turns null: that must not send the reader to the sign-in page.
  const leaving = useRef(false);
  const me = result.data?.me;
  useDocumentTitle(problemTitle(retry, ERROR_TITLE) ?? 'Console');

  useEffect(() => {
    if (me === null && !leaving.current) navigate(signInPath(consolePath()), { replace: true });
  }, [me, navigate]);

  const signOut = async () => {
    if (signingOut) return;
    setSignOutError(null);
    leaving.current = true;
    setSigningOut(true);
    try {
      await client.mutate({ mutation: LogoutMutation });
      await client.resetStore();
    } catch (caught) {
      leaving.current = false;
      setSigningOut(false);
      setSignOutError(errorMessage(caught));
      return;
    }
    navigate(homePath());
  };

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="account" />;
  if (!me) return <LoadingNotice>Loading your account…</LoadingNotice>;

  return (
    <div className="account-page">
      <header className="page-header">
        <h1>Console</h1>
        <p>
          Signed in as {me.displayName} ({ROLE_LABELS[me.role]})
        </p>
      </header>
      <div className="form-messages" aria-live="assertive">
        {signOutError ? <p className="notice notice--error">{signOutError}</p> : null}
      </div>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={signingOut}
        onClick={() => void signOut()}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </button>
    </div>
  );
}
