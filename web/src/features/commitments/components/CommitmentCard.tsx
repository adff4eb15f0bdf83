import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatDate } from '../../../lib/format';
import { Link } from '../../../router';
import { commitmentPath } from '../../../routes/paths';
import { DeadlineBadge, FlagBadge } from '../../../ui/Badges';
import { StatusBadge } from '../../../ui/StatusBadge';
import { Reference } from '../../../ui/Reference';

/** A commitment as one card of the commitments list. */
export const CommitmentCardFragment = graphql(`
  fragment CommitmentCard_commitment on Commitment {
    id
    reference
    title
    owner
    theme
    dueDate
    completedOn
    verifiable
    assessment
    partyReported
    deadline
    disagreement
  }
`);

export interface CommitmentCardProps {
  organisationSlug: string;
  planSlug: string;
  commitment: FragmentType<typeof CommitmentCardFragment>;
  /** Heading level of the title inside the page's outline. */
  headingLevel?: 2 | 3;
}

/** One commitment in a list: its three lenses at a glance, with owner, theme and due date. */
export function CommitmentCard({
  organisationSlug,
  planSlug,
  commitment: commitmentRef,
  headingLevel = 3,
}: CommitmentCardProps) {
  const commitment = getFragmentData(CommitmentCardFragment, commitmentRef);
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="commitment-card">
      <Heading className="commitment-card__title">
        <Link to={commitmentPath(organisationSlug, planSlug, commitment.reference)}>
          <Reference>{commitment.reference}</Reference>
          {commitment.title}
        </Link>
      </Heading>
      <dl className="commitment-card__lenses">
        <div>
          <dt>Assessment</dt>
          <dd>
            <StatusBadge status={commitment.assessment} />
          </dd>
        </div>
        <div>
          <dt>Party’s account</dt>
          <dd>
            <StatusBadge status={commitment.partyReported} />
          </dd>
        </div>
        <div>
          <dt>Deadline</dt>
          <dd>
            <DeadlineBadge status={commitment.deadline} />
            {commitment.dueDate ? (
              <span className="commitment-card__due">Due {formatDate(commitment.dueDate)}</span>
            ) : null}
          </dd>
        </div>
      </dl>
      <p className="commitment-card__meta">
        <span>Owner: {commitment.owner ?? 'not named'}</span>
        {commitment.theme ? <span>Theme: {commitment.theme}</span> : null}
      </p>
      {commitment.disagreement || !commitment.verifiable ? (
        <p className="commitment-card__flags">
          {commitment.disagreement ? <FlagBadge>Party’s account differs</FlagBadge> : null}
          {!commitment.verifiable ? <FlagBadge>Cannot be checked</FlagBadge> : null}
        </p>
      ) : null}
    </article>
  );
}
