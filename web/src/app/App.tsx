import { lazy, Suspense, type ReactNode } from 'react';
import { useLocation } from '../router';
import { matchRoute, type Route } from '../routes/paths';
import { LoadingNotice } from '../ui/LoadingNotice';
import { NotFoundPage } from '../ui/NotFoundPage';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';

// Each page is its own chunk, downloaded on the first visit to it (docs/adr/0002), so the
// page modules are imported here directly rather than through their feature's index.
const HomePage = lazy(() =>
  import('../features/organisations/pages/HomePage').then((module) => ({ default: module.HomePage })),
);
const PlanDashboardPage = lazy(() =>
  import('../features/plans/pages/PlanDashboardPage').then((module) => ({ default: module.PlanDashboardPage })),
);
const CommitmentsListPage = lazy(() =>
  import('../features/commitments/pages/CommitmentsListPage').then((module) => ({
    default: module.CommitmentsListPage,
  })),
);
const CommitmentPage = lazy(() =>
  import('../features/commitments/pages/CommitmentPage').then((module) => ({ default: module.CommitmentPage })),
);
const ReportPage = lazy(() =>
  import('../features/reports/pages/ReportPage').then((module) => ({ default: module.ReportPage })),
);
const SignInPage = lazy(() =>
  import('../features/account/pages/SignInPage').then((module) => ({ default: module.SignInPage })),
);
const InvitePage = lazy(() =>
  import('../features/account/pages/InvitePage').then((module) => ({ default: module.InvitePage })),
);
const ConsolePage = lazy(() =>
  import('../features/console/pages/ConsolePage').then((module) => ({ default: module.ConsolePage })),
);
const ReportEditorPage = lazy(() =>
  import('../features/console/pages/ReportEditorPage').then((module) => ({ default: module.ReportEditorPage })),
);
const PlanEditorPage = lazy(() =>
  import('../features/console/pages/PlanEditorPage').then((module) => ({ default: module.PlanEditorPage })),
);
const CommitmentEditorPage = lazy(() =>
  import('../features/console/pages/CommitmentEditorPage').then((module) => ({ default: module.CommitmentEditorPage })),
);
const ModerationPage = lazy(() =>
  import('../features/console/pages/ModerationPage').then((module) => ({ default: module.ModerationPage })),
);
const PeoplePage = lazy(() =>
  import('../features/console/pages/PeoplePage').then((module) => ({ default: module.PeoplePage })),
);
const ConsoleFrame = lazy(() =>
  import('../features/console/components/ConsoleFrame').then((module) => ({ default: module.ConsoleFrame })),
);

type ConsoleRoute = Extract<Route, { name: `console${string}` }>;

/** The console's pages; `ConsoleFrame` around them sends signed-out visitors to sign in. */
function consolePage(route: ConsoleRoute): ReactNode {
  switch (route.name) {
    case 'console':
      return <ConsolePage />;
    case 'consoleReport':
      return <ReportEditorPage reportSlug={route.report} />;
    case 'consolePlan':
      return <PlanEditorPage planSlug={route.plan} />;
    case 'consoleCommitment':
      return <CommitmentEditorPage planSlug={route.plan} reference={route.reference} />;
    case 'consoleModeration':
      return <ModerationPage />;
    case 'consolePeople':
      return <PeoplePage />;
  }
}

function page(route: Route): ReactNode {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'plan':
      return <PlanDashboardPage organisationSlug={route.organisation} planSlug={route.plan} />;
    case 'commitments':
      return <CommitmentsListPage organisationSlug={route.organisation} planSlug={route.plan} />;
    case 'commitment':
      return <CommitmentPage organisationSlug={route.organisation} planSlug={route.plan} reference={route.reference} />;
    case 'report':
      return <ReportPage organisationSlug={route.organisation} reportSlug={route.report} />;
    case 'signIn':
      return <SignInPage />;
    case 'invite':
      return <InvitePage />;
    case 'console':
    case 'consoleReport':
    case 'consolePlan':
    case 'consoleCommitment':
    case 'consoleModeration':
    case 'consolePeople':
      return <ConsoleFrame executiveOnly={route.name !== 'console'}>{consolePage(route)}</ConsoleFrame>;
    case 'notFound':
      return <NotFoundPage />;
  }
}

/** Every page of the app inside the layout; a failing page keeps the header and footer. */
export function App() {
  const { pathname } = useLocation();
  return (
    <Layout>
      <ErrorBoundary key={pathname}>
        <Suspense fallback={<LoadingNotice>Loading…</LoadingNotice>}>{page(matchRoute(pathname))}</Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
