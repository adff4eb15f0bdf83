import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from '../../../router';
import { LoginMutation } from '../graphql/account';
import { signInErrorMessage } from '../lib/accountErrors';

export interface SignInFormProps {
  /** A safe path on this site to go to once signed in. */
  next: string;
}

/** Email and password; on success the session cookie is set and the reader goes to `next`. */
export function SignInForm({ next }: SignInFormProps) {
  const id = useId();
  const client = useApolloClient();
  const navigate = useNavigate();
  // client.mutate rather than useMutation: it keeps useMutation out of the Apollo chunk that
  // every first visit downloads (bench/bundle-size.mjs).
  const [loading, setLoading] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setLoading(true);
    try {
      await client.mutate({ mutation: LoginMutation, variables: { input: { email, password } } });
    } catch (caught) {
      setLoading(false);
      setError(signInErrorMessage(caught));
      setPassword('');
      return;
    }
    // Whatever was cached was fetched as an anonymous visitor.
    await client.resetStore();
    navigate(next);
  };

  return (
    <form className="account-form" aria-label="Sign in" noValidate onSubmit={(event) => void submit(event)}>
      <div className="form-messages" aria-live="assertive" aria-atomic="true">
        {error ? (
          <p className="notice notice--error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>Password</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      <button type="submit" className="button" aria-disabled={loading}>
        {loading ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
