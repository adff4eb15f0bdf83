import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { NotFoundPage } from './NotFoundPage';

/**
 * The router's error boundary: a page that throws while rendering shows this instead of
 * a blank screen. Details go to the console, never to the reader.
 */
export function RouteErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  useDocumentTitle(notFound ? 'Page not found' : 'Something went wrong');

  if (notFound) return <NotFoundPage />;

  console.error(error);
  return (
    <div className="page-intro" role="alert">
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reload it to try again; if that does not help, come back later.</p>
      <p>
        <Link to="/">See all organisations and their action plans</Link>
      </p>
    </div>
  );
}
