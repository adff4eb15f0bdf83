import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../../apollo/errors';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useLocation, useNavigate } from '../../../router';
import { consolePath } from '../../../routes/paths';
import { AcceptInviteMutation } from '../graphql/account';
import { serverMessage } from '../lib/accountErrors';
import { PASSWORD_POLICY } from '../lib/passwordPolicy';
import '../account.css';

/** `/invite#TOKEN` — an invited person chooses a name and a password, and is signed in. */
export function InvitePage() {
  useDocumentTitle('Accept your invitation');
  const id = useId();
  const { hash } = useLocation();
  const token = decodeURIComponent(hash.replace(/^#/, ''));
  const client = useApolloClient();
  const navigate = useNavigate();
  // client.mutate rather than useMutation: it keeps useMutation out of the Apollo chunk that
  // every first visit downloads (bench/bundle-size.mjs).
  const [loading, setLoading] = useState(false);
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setPasswordError(null);
    setFormError(null);
    setLoading(true);
    try {
      await client.mutate({ mutation: AcceptInviteMutation, variables: { input: { token, displayName, password } } });
    } catch (caught) {
      setLoading(false);
      const badInput = serverMessage(caught, 'BAD_USER_INPUT');
      if (badInput?.field === 'password') setPasswordError(badInput.message);
      else setFormError(badInput?.message ?? errorMessage(caught));
      return;
    }
    await client.resetStore();
    navigate(consolePath());
  };

  if (!token) {
    return (
      <div className="account-page">
        <h1>Accept your invitation</h1>
        <p className="notice notice--error">
          This invitation link is incomplete. Open the whole link from your invitation email, or ask the person who
          invited you for a new one.
        </p>
      </div>
    );
  }

  return (
    <div className="account-page">
      <header className="page-header">
        <h1>Accept your invitation</h1>
        <p className="lede">Choose the name shown beside what you write, and a password to sign in with.</p>
      </header>
      <form
        className="account-form"
        aria-label="Accept your invitation"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <div className="form-messages" aria-live="assertive" aria-atomic="true">
          {formError ? <p className="notice notice--error">{formError}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-name`}>Display name</label>
          <input
            id={`${id}-name`}
            name="displayName"
            type="text"
            autoComplete="name"
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>New password</label>
          <p className="field__hint" id={`${id}-password-hint`}>
            {PASSWORD_POLICY}
          </p>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            maxLength={256}
            value={password}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={`${id}-password-hint ${id}-password-error`}
            onChange={(event) => setPassword(event.target.value)}
          />
          <p className="field__error" id={`${id}-password-error`} aria-live="assertive">
            {passwordError}
          </p>
        </div>
        <button type="submit" className="button" aria-disabled={loading}>
          {loading ? 'Saving…' : 'Save and sign in'}
        </button>
      </form>
    </div>
  );
}
