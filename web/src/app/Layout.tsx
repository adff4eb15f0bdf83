import { useEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SITE_NAME } from '../lib/useDocumentTitle';

export const MAIN_ID = 'main';

/**
 * Moves focus to <main> after an in-app navigation, as a full page load would reset it,
 * so keyboard and screen-reader users start reading the new page. Not on the first load.
 */
function useFocusMainOnNavigation() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const shownPathname = useRef(pathname);
  useEffect(() => {
    if (shownPathname.current === pathname) return;
    shownPathname.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);
  return mainRef;
}

export function Layout() {
  const mainRef = useFocusMainOnNavigation();

  return (
    <div className="shell">
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link className="site-header__name" to="/">
            {SITE_NAME}
          </Link>
        </div>
      </header>
      <main className="container site-main" id={MAIN_ID} ref={mainRef} tabIndex={-1}>
        <Outlet />
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
      <ScrollRestoration />
    </div>
  );
}
