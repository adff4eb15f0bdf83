import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { apiErrorCode, errorMessage } from '../../../apollo/errors';
import { useRetry } from '../../../apollo/useRetry';
import { roleLabel } from '../../../lib/labels';
import { Link, useLocation, useNavigate } from '../../../router';
import {
  consoleAccountPath,
  consoleModerationPath,
  consoleOrganisationPath,
  consolePath,
  consolePeoplePath,
  signInPath,
} from '../../../routes/paths';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { QueryProblem } from '../../../ui/QueryProblem';
import { LogoutMutation } from '../../account';
import { AwaitingMyResponseSubscription, LiveRefresh } from '../../live';
import { WorkspaceQuery } from '../graphql/console';
import { WorkspaceContext } from '../hooks/useWorkspace';
import { leaveConsole } from '../lib/leaveConsole';
import '../console.css';

const SECTIONS = [
  { path: consolePath(), label: 'Overview', executiveOnly: false },
  { path: consoleModerationPath(), label: 'Moderation', executiveOnly: true },
  { path: consolePeoplePath(), label: 'People', executiveOnly: true },
  { path: consoleOrganisationPath(), label: 'Organisation', executiveOnly: true },
];

/**
 * Every console page: loads the signed-in person's workspace (a signed-out visitor is sent
 * to sign in and brought back here), shows the console's sections and a way to sign out.
 * `executiveOnly` pages tell a liaison what they are for instead of failing.
 */
export function ConsoleFrame({ children, executiveOnly = false }: { children: ReactNode; executiveOnly?: boolean }) {
  const result = useQuery(WorkspaceQuery, { fetchPolicy: 'cache-and-network' });
  const retry = useRetry(result);
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signingOut, setSigningOut] = useState(false);
  const [signOutError, setSignOutError] = useState<string | null>(null);
  // While signing out the workspace query fails with UNAUTHENTICATED: that must not lead to the sign-in page.
  const leaving = useRef(false);
  const signedOut = apiErrorCode(result.error) === 'UNAUTHENTICATED';
  // While the cache is emptied and read again (after an import, say) the frame keeps the workspace it had,
  // so that the page inside it keeps what it was showing.
  const [kept, setKept] = useState(result.data?.workspace);
  if (result.data?.workspace && result.data.workspace !== kept) setKept(result.data.workspace);
  const workspace = result.data?.workspace ?? kept;

  const liaison = workspace?.user.role === 'LIAISON';
  useEffect(() => {
    if (signedOut && !leaving.current) navigate(signInPath(`${pathname}${search}`), { replace: true });
  }, [signedOut, navigate, pathname, search]);

  const signOut = async () => {
    if (signingOut) return;
    setSignOutError(null);
    leaving.current = true;
    setSigningOut(true);
    try {
      await client.mutate({ mutation: LogoutMutation });
    } catch (caught) {
      leaving.current = false;
      setSigningOut(false);
      setSignOutError(errorMessage(caught));
      return;
    }
    await leaveConsole(client, navigate);
  };

  if (signedOut || (!workspace && !retry.error)) return <LoadingNotice>Loading your console…</LoadingNotice>;
  if (!workspace) return <QueryProblem {...retry} title="Your console could not be loaded" what="account" />;

  const isExecutive = workspace.user.role === 'EXECUTIVE';
  return (
    <WorkspaceContext.Provider value={workspace}>
      <div className="console">
        <nav className="console-nav" aria-label="Console">
          <ul className="console-nav__sections">
            {SECTIONS.filter((section) => isExecutive || !section.executiveOnly).map((section) => (
              <li key={section.path}>
                <Link to={section.path} aria-current={pathname === section.path ? 'page' : undefined}>
                  {section.label}
                  {section.path === consolePath() && !isExecutive ? (
                    <AwaitingCount count={workspace.awaitingResponse.length} />
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
          <div className="console-nav__account">
            <span>
              {workspace.user.displayName} · {roleLabel(workspace.user.role)}
            </span>
            <Link
              className="console-nav__account-link"
              to={consoleAccountPath()}
              aria-current={pathname === consoleAccountPath() ? 'page' : undefined}
            >
              Your account
            </Link>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-disabled={signingOut}
              onClick={() => void signOut()}
            >
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </div>
        </nav>
        {/* A liaison hears of each new assessment waiting for their response as it is recorded. */}
        {isExecutive ? null : (
          <LiveRefresh
            subscription={AwaitingMyResponseSubscription}
            seen={null}
            refetch={result.refetch}
            skip={!liaison || signedOut}
            announcement="A new assessment is waiting for your response."
          />
        )}
        <div aria-live="assertive">{signOutError ? <p className="notice notice--error">{signOutError}</p> : null}</div>
        {executiveOnly && !isExecutive ? (
          <div className="notice">
            <h1 className="notice__title">For executives only</h1>
            <p>
              This page is where the network’s executives keep the record. As a party liaison you give the party’s
              account and respond to assessments on each commitment’s page.
            </p>
            <p>
              <Link to={consolePath()}>Back to your console</Link>
            </p>
          </div>
        ) : (
          children
        )}
      </div>
    </WorkspaceContext.Provider>
  );
}

/** How many assessments wait for the liaison's response, beside "Overview" in the console's header. */
function AwaitingCount({ count }: { count: number }) {
  return (
    <>
      <span className="live-count" aria-hidden="true" data-testid="awaiting-count">
        {count}
      </span>
      <span className="visually-hidden">{` (${count} waiting for your response)`}</span>
    </>
  );
}
