import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { roleLabel } from '../../../lib/labels';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { SignOutEverywhere } from '../components/SignOutEverywhere';
import { useWorkspace } from '../hooks/useWorkspace';

/** `/console/account` — the signed-in person's own account: their password and their sessions. */
export function AccountPage() {
  useDocumentTitle('Your account');
  const workspace = useWorkspace();
  return (
    <>
      <header className="page-header">
        <h1>Your account</h1>
        <p className="lede">
          {workspace.user.displayName}, {roleLabel(workspace.user.role).toLowerCase()}. You sign in as{' '}
          <span className="account-email">{workspace.email}</span>.
        </p>
      </header>
      <section className="console-section" aria-labelledby="account-password">
        <h2 id="account-password">Change your password</h2>
        <p>Changing it signs you out on every other browser and device; you stay signed in here.</p>
        <ChangePasswordForm />
      </section>
      <section className="console-section" aria-labelledby="account-sessions">
        <h2 id="account-sessions">Sign out everywhere</h2>
        <p>
          Ends every session of your account, this one included: use it if you signed in on a computer that is not
          yours, or lost a device.
        </p>
        <SignOutEverywhere />
      </section>
    </>
  );
}
