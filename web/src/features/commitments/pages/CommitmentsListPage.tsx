import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useRetry } from '../../../apollo/useRetry';
import { activeFilterCount, filtersToSearch, NO_FILTERS, toCommitmentFilter } from '../../../lib/filters';
import { formatCount, formatNumber } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Link, useLocation, useNavigationAction } from '../../../router';
import { homePath, planPath } from '../../../routes/paths';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { IllustrativeBanner } from '../../../ui/IllustrativeBanner';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { NOT_FOUND_TITLE, NotFoundPage } from '../../../ui/NotFoundPage';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { OpenDataLicence } from '../../plans/components/OpenData';
import { CommitmentCard } from '../components/CommitmentCard';
import { CommitmentFiltersForm } from '../components/CommitmentFiltersForm';
import { Pagination } from '../components/Pagination';
import { ShownRange } from '../components/ShownRange';
import { CommitmentsListQuery } from '../graphql/commitmentsList';
import { useCommitmentFilters, type PageTrail } from '../hooks/useCommitmentFilters';
import '../commitments-list.css';

const ERROR_TITLE = 'The commitments could not be loaded';

export const PAGE_SIZE = 10;

export interface CommitmentsListPageProps {
  organisationSlug: string;
  planSlug: string;
}

/** `/:org/:plan/commitments` — every commitment, filtered and searched through the address. */
export function CommitmentsListPage({ organisationSlug, planSlug }: CommitmentsListPageProps) {
  const { pathname } = useLocation();
  const action = useNavigationAction();
  const { filters, after, trail, hrefFor, setFilters } = useCommitmentFilters();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const shownPage = useRef(after);
  // Moving to another page of results starts the reader at the top of the new page.
  useEffect(() => {
    if (shownPage.current === after) return;
    shownPage.current = after;
    const heading = resultsHeading.current;
    if (!heading) return;
    heading.focus({ preventScroll: true });
    if (action !== 'POP' && heading.getBoundingClientRect().top < 0) heading.scrollIntoView();
  }, [after, action]);
  const result = useQuery(CommitmentsListQuery, {
    variables: { slug: planSlug, filter: toCommitmentFilter(filters), first: PAGE_SIZE, after },
  });
  const retry = useRetry(result);
  // While a new filter's results load, the previous ones stay (marked busy) instead of flashing away.
  const plan = (result.data ?? result.previousData)?.plan;
  const wrongOrganisation = plan && plan.organisation.slug !== organisationSlug;
  const filtered = activeFilterCount(filters) > 0;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (wrongOrganisation ? NOT_FOUND_TITLE : null) ??
      (plan ? `${filtered ? 'Commitments (filtered)' : 'Commitments'} – ${plan.title}` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="plan" />;
  if (!plan) return <LoadingNotice>Loading the commitments…</LoadingNotice>;
  if (wrongOrganisation) return <NotFoundPage what="plan" />;

  const { commitments } = plan;
  const loading = !result.data;
  const pageNumber = after === null ? 1 : trail ? trail.length + 1 : null;
  const firstShown = pageNumber ? (pageNumber - 1) * PAGE_SIZE + 1 : null;
  const lastShown = firstShown !== null ? firstShown + commitments.edges.length - 1 : null;
  const pageHref = (cursor: string | null) => {
    const search = filtersToSearch(filters, cursor).toString();
    return `${pathname}${search ? `?${search}` : ''}`;
  };
  const previous =
    after !== null && trail && trail.length > 0
      ? { to: pageHref(trail[trail.length - 1]), state: { cursors: trail.slice(0, -1) } satisfies PageTrail }
      : null;
  const next =
    commitments.pageInfo.hasNextPage && commitments.pageInfo.endCursor
      ? {
          to: pageHref(commitments.pageInfo.endCursor),
          state: { cursors: [...(trail ?? []), after] } satisfies PageTrail,
        }
      : null;

  const total = formatCount(commitments.totalCount, 'commitment');
  const selects = activeFilterCount({ ...filters, q: '' }) > 0;
  const emptyWhat =
    filters.q && selects ? 'this search and these filters' : filters.q ? 'this search' : 'these filters';
  const heading = filtered ? `${total} ${commitments.totalCount === 1 ? 'matches' : 'match'}` : total;
  const paged = after !== null || commitments.pageInfo.hasNextPage;
  const range =
    paged && firstShown !== null && lastShown !== null && commitments.edges.length > 0
      ? `Showing ${formatNumber(firstShown)} to ${formatNumber(lastShown)}`
      : paged
        ? `Showing ${formatNumber(commitments.edges.length)} on this page`
        : null;

  return (
    <div className="commitments-page">
      <Breadcrumbs
        trail={[
          { label: 'All plans', to: homePath() },
          { label: plan.title, to: planPath(organisationSlug, plan.slug) },
        ]}
        current="Commitments"
      />
      <header className="page-header">
        <p className="page-header__eyebrow">
          {plan.organisation.name} · {plan.title}
        </p>
        <h1>Commitments</h1>
        {plan.publishedAt ? <OpenDataLicence organisation={plan.organisation} /> : null}
        {plan.isIllustrative ? (
          <IllustrativeBanner>
            The commitments of this plan are examples, not the organisation’s own record.
          </IllustrativeBanner>
        ) : null}
      </header>

      <CommitmentFiltersForm
        filters={filters}
        themes={plan.themes.flatMap((theme) => (theme.key ? [theme.key] : []))}
        owners={plan.owners.flatMap((owner) => (owner.key ? [owner.key] : []))}
        onChange={setFilters}
        hrefFor={hrefFor}
      />

      <section className="results" aria-labelledby="results-heading" aria-busy={loading}>
        <div className="results__heading">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            {heading}
          </h2>
          <ShownRange range={range} loading={loading} />
        </div>
        <p className="visually-hidden" role="status">
          {loading ? 'Updating the list…' : `${heading}.${range ? ` ${range}.` : ''}`}
        </p>
        {commitments.totalCount === 0 ? (
          <div className="notice">
            <h3 className="notice__title">No commitment matches {emptyWhat}</h3>
            <p>Try fewer filters or other words.</p>
            <p>
              <Link className="button" to={hrefFor(NO_FILTERS)}>
                Clear all filters
              </Link>
            </p>
          </div>
        ) : (
          <ol className="commitment-list">
            {commitments.edges.map((edge) => (
              <li key={edge.node.id}>
                <CommitmentCard organisationSlug={organisationSlug} planSlug={plan.slug} commitment={edge.node} />
              </li>
            ))}
          </ol>
        )}
        <Pagination
          page={paged ? pageNumber : null}
          previous={previous}
          first={after !== null && !previous ? pageHref(null) : null}
          next={next}
        />
      </section>
    </div>
  );
}
