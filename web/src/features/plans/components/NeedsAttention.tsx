import { useId, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { NeedsAttention_CommitmentFragment } from '../../../__generated__/graphql';
import { filtersToSearch, NO_FILTERS } from '../../../lib/filters';
import { formatCount, formatDate } from '../../../lib/format';
import { missingPartsLabel } from '../../../lib/labels';
import { Link } from '../../../router';
import { commitmentPath, commitmentsPath } from '../../../routes/paths';
import { StatusBadge } from '../../../ui/StatusBadge';
import { Reference } from '../../../ui/Reference';

/** A commitment in the dashboard's short lists (overdue, due soon, disagreements, unverifiable). */
export const NeedsAttentionFragment = graphql(`
  fragment NeedsAttention_commitment on Commitment {
    id
    reference
    title
    owner
    dueDate
    successCriteria
    deadline
    assessment
    partyReported
    disagreement
    verifiable
  }
`);

type Item = NeedsAttention_CommitmentFragment;
type ItemRef = FragmentType<typeof NeedsAttentionFragment>;

export interface NeedsAttentionProps {
  organisationSlug: string;
  planSlug: string;
  overdue: { totalCount: number; items: readonly ItemRef[] };
  dueSoon: { totalCount: number; items: readonly ItemRef[] };
  disagreements: { totalCount: number; items: readonly ItemRef[] };
  unverifiable: { totalCount: number; items: readonly ItemRef[] };
}

function AttentionList({
  id,
  title,
  intro,
  items: itemRefs,
  totalCount,
  empty,
  more,
  details,
  organisationSlug,
  planSlug,
}: {
  id?: string;
  title: string;
  intro?: string;
  items: readonly ItemRef[];
  totalCount: number;
  empty: string;
  more?: string;
  details: (item: Item) => ReactNode;
  organisationSlug: string;
  planSlug: string;
}) {
  const headingId = useId();
  const items = getFragmentData(NeedsAttentionFragment, itemRefs);
  return (
    <section className="attention" aria-labelledby={headingId}>
      <h3 className="attention__title" id={headingId}>
        <span tabIndex={-1} id={id}>
          {title}
        </span>{' '}
        <span className="attention__count">({totalCount})</span>
      </h3>
      {intro ? <p className="attention__intro">{intro}</p> : null}
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="attention__list">
          {items.map((item) => (
            <li key={item.id} className="attention-item">
              <Link className="attention-item__link" to={commitmentPath(organisationSlug, planSlug, item.reference)}>
                <Reference>{item.reference}</Reference>
                {item.title}
              </Link>
              <div className="attention-item__details">{details(item)}</div>
            </li>
          ))}
        </ul>
      )}
      {more && totalCount > items.length ? (
        <p className="attention__more">
          <Link to={more}>See all {formatCount(totalCount, 'commitment')}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** The plan's short lists: overdue, due soon, where the lenses disagree, and what cannot be checked. */
export function NeedsAttention({
  organisationSlug,
  planSlug,
  overdue,
  dueSoon,
  disagreements,
  unverifiable,
}: NeedsAttentionProps) {
  const headingId = useId();
  const common = { organisationSlug, planSlug };
  const due = (item: Item) => (item.dueDate ? `Due ${formatDate(item.dueDate)}` : 'No due date');
  const dueAndAssessment = (item: Item) => (
    <>
      <span className="attention-item__date">{due(item)}</span>
      <StatusBadge status={item.assessment} />
    </>
  );

  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Needs attention</h2>
      <div className="attention-grid">
        <AttentionList
          {...common}
          id="overdue"
          title="Overdue"
          items={overdue.items}
          totalCount={overdue.totalCount}
          empty="No commitment is overdue."
          more={commitmentsPath(organisationSlug, planSlug, filtersToSearch({ ...NO_FILTERS, deadline: 'OVERDUE' }))}
          details={dueAndAssessment}
        />
        <AttentionList
          {...common}
          id="due-soon"
          title="Due in the next 30 days"
          items={dueSoon.items}
          totalCount={dueSoon.totalCount}
          empty="No commitment falls due in the next 30 days."
          more={commitmentsPath(organisationSlug, planSlug, filtersToSearch({ ...NO_FILTERS, deadline: 'DUE_SOON' }))}
          details={dueAndAssessment}
        />
        <AttentionList
          {...common}
          id="disagreements"
          title="The party’s account differs"
          intro="The party reports a different status from the network’s assessment."
          items={disagreements.items}
          totalCount={disagreements.totalCount}
          empty="The party’s account agrees with the assessment wherever both exist."
          more={commitmentsPath(organisationSlug, planSlug, filtersToSearch({ ...NO_FILTERS, disagreement: 'yes' }))}
          details={(item) => (
            <>
              <StatusBadge status={item.assessment} prefix="Assessed" />
              <StatusBadge status={item.partyReported} prefix="Party says" />
            </>
          )}
        />
        <AttentionList
          {...common}
          id="unverifiable"
          title="Cannot be checked"
          intro="Without an owner, a due date and success criteria, nobody can say whether a commitment was kept."
          items={unverifiable.items}
          totalCount={unverifiable.totalCount}
          empty="Every commitment has an owner, a due date and success criteria."
          more={commitmentsPath(organisationSlug, planSlug, filtersToSearch({ ...NO_FILTERS, checkable: 'no' }))}
          details={(item) => <span className="attention-item__missing">Has {missingPartsLabel(item)}.</span>}
        />
      </div>
    </section>
  );
}
