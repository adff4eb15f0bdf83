import { Link } from '../../../router';

export interface PaginationProps {
  /** Page number when known (the reader came page by page); null for a shared link to a later page. */
  page: number | null;
  previous: { to: string; state: unknown } | null;
  first: string | null;
  next: { to: string; state: unknown } | null;
}

/** "Previous page / Page 2 / Next page" under a list; nothing when there is one page. */
export function Pagination({ page, previous, first, next }: PaginationProps) {
  if (!previous && !first && !next) return null;
  return (
    <nav className="pagination" aria-label="Pages of the list">
      <ul>
        {previous ? (
          <li>
            <Link className="button button--secondary" to={previous.to} state={previous.state} rel="prev">
              <span aria-hidden="true">← </span>Previous page
            </Link>
          </li>
        ) : first ? (
          <li>
            <Link className="button button--secondary" to={first}>
              <span aria-hidden="true">← </span>First page
            </Link>
          </li>
        ) : null}
        {page ? <li className="pagination__current">Page {page}</li> : null}
        {next ? (
          <li className="pagination__next">
            <Link className="button button--secondary" to={next.to} state={next.state} rel="next">
              Next page<span aria-hidden="true"> →</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
