import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Page not found');

  return (
    <div className="page-intro">
      <h1>Page not found</h1>
      <p>There is no page at this address. The link may be mistyped, or the page may have moved.</p>
      <p>
        <Link to="/">See all organisations and their action plans</Link>
      </p>
    </div>
  );
}
