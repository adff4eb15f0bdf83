import { useMemo } from 'react';
import { filtersToSearch, NO_FILTERS, parseFilters, parsePage, type CommitmentFilters } from '../../../lib/filters';
import { useLocation, useNavigate } from '../../../router';

/** History state of a list page: the cursors of the pages before it, for "Previous page". */
export interface PageTrail {
  cursors: (string | null)[];
}

function isPageTrail(value: unknown): value is PageTrail {
  return typeof value === 'object' && value !== null && Array.isArray((value as PageTrail).cursors);
}

export interface CommitmentFiltersState {
  filters: CommitmentFilters;
  /** Cursor of the page shown; null on the first page. */
  after: string | null;
  /** Cursors of the pages before this one, when the reader came here page by page. */
  trail: (string | null)[] | null;
  /** The address of the list with these filters (first page). */
  hrefFor: (filters: CommitmentFilters) => string;
  /** Shows the first page with new filters; each change is a history entry, so Back undoes it. */
  setFilters: (filters: CommitmentFilters) => void;
  clearHref: string;
}

/** The list's filters and page, read from and written to the address. */
export function useCommitmentFilters(): CommitmentFiltersState {
  const location = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => parseFilters(location.search), [location.search]);
  const after = useMemo(() => parsePage(location.search), [location.search]);
  const trail = isPageTrail(location.state) ? location.state.cursors : null;

  const hrefFor = (next: CommitmentFilters) => {
    const search = filtersToSearch(next).toString();
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };

  return {
    filters,
    after,
    trail,
    hrefFor,
    setFilters: (next) => navigate(hrefFor(next)),
    clearHref: hrefFor(NO_FILTERS),
  };
}
