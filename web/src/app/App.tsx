import { Suspense, type ReactNode } from 'react';
import { useLocation } from '../router';
import { matchRoute, type RouteMatch } from '../routes/matchRoute';
import { ConsoleFrame, ROUTES, type RouteName } from '../routes/table';
import { LoadingNotice } from '../ui/LoadingNotice';
import { NotFoundPage } from '../ui/NotFoundPage';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';

/** The route's page with its address's parameters; a console page inside the console's frame. */
function routePage<Name extends RouteName>(route: RouteMatch<Name>): ReactNode {
  const { page: Page, console } = ROUTES[route.name];
  const page = <Page {...route.params} />;
  return console ? <ConsoleFrame executiveOnly={console.executiveOnly}>{page}</ConsoleFrame> : page;
}

/** Every page of the app inside the layout; a failing page keeps the header and footer. */
export function App() {
  const { pathname } = useLocation();
  const route = matchRoute(pathname);
  return (
    <Layout>
      <ErrorBoundary key={pathname}>
        <Suspense fallback={<LoadingNotice>Loading…</LoadingNotice>}>
          {route ? routePage(route) : <NotFoundPage />}
        </Suspense>
      </ErrorBoundary>
    </Layout>
  );
}
