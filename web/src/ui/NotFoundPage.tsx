import { useServerNotFound } from '../lib/serverRender';
import { useDocumentTitle } from '../lib/useDocumentTitle';
import { Link } from '../router';
import { homePath } from '../routes/paths';

export const NOT_FOUND_TITLE = 'Page not found';

export interface NotFoundPageProps {
  /** What was looked for, e.g. "plan"; the message names it. */
  what?: string;
}

/** Shown for unknown addresses, and when the API answers NOT_FOUND for a slug or reference. */
export function NotFoundPage({ what }: NotFoundPageProps) {
  useDocumentTitle(NOT_FOUND_TITLE);
  useServerNotFound();

  return (
    <div className="page-intro">
      <h1>{NOT_FOUND_TITLE}</h1>
      <p>
        {what ? `There is no ${what} at this address.` : 'There is no page at this address.'} The link may be mistyped,
        or the page may have moved.
      </p>
      <p>
        <Link to={homePath()}>See all organisations and their action plans</Link>
      </p>
    </div>
  );
}
