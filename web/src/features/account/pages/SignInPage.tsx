import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { useSearchParams } from '../../../router';
import { SignInForm } from '../components/SignInForm';
import { safeNextPath } from '../lib/nextPath';
import '../account.css';

/** `/sign-in?next=/somewhere` — for executives and liaisons; reading the record needs no account. */
export function SignInPage() {
  const params = useSearchParams();
  useDocumentTitle('Sign in');
  return (
    <div className="account-page">
      <header className="page-header">
        <h1>Sign in</h1>
        <p className="lede">For people who keep a plan’s record. Reading the record needs no account.</p>
      </header>
      <SignInForm next={safeNextPath(params.get('next'))} />
    </div>
  );
}
