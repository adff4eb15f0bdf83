import { useRef, type ReactNode } from 'react';
import { AccountLink } from '../features/account';
import { SITE_NAME } from '../lib/useDocumentTitle';
import { Link, useNavigationEffects } from '../router';
import { homePath } from '../routes/paths';

export const MAIN_ID = 'main';

export function Layout({ children }: { children: ReactNode }) {
  const mainRef = useRef<HTMLElement>(null);
  useNavigationEffects(mainRef);

  return (
    <div className="shell">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="site-header__name" to={homePath()}>
            {SITE_NAME}
          </Link>
          <AccountLink className="site-header__account" />
        </div>
      </header>
      <main className="container site-main" id={MAIN_ID} ref={mainRef} tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            A public record of action plans: what was recommended, what was committed, by when, and what has happened
            since.
          </p>
          <p>Plans marked “Illustrative data” show example content, not an organisation’s own record.</p>
        </div>
      </footer>
    </div>
  );
}
