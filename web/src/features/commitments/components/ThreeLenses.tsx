import { useId, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import { formatDate } from '../../../lib/format';
import { assessmentLabel, personLabel, reasonLabel } from '../../../lib/labels';
import { DeadlineBadge } from '../../../ui/Badges';
import { LazyMarkdown } from '../../../ui/LazyMarkdown';
import { StatusBadge } from '../../../ui/StatusBadge';
import { EvidenceList } from './EvidenceList';

/** The ledger entry behind one lens: who said what, when, on what evidence. */
export const ThreeLensesEntryFragment = graphql(`
  fragment ThreeLenses_entry on StatusUpdate {
    id
    createdAt
    narrative
    onBehalfOfParty
    reasonCode
    evidence {
      ...EvidenceList_evidence
    }
    author {
      id
      displayName
      role
    }
  }
`);

/** The three lenses of one commitment, side by side. */
export const ThreeLensesFragment = graphql(`
  fragment ThreeLenses_commitment on Commitment {
    id
    assessment
    partyReported
    deadline
    disagreement
    dueDate
    completedOn
    assessmentEntry {
      ...ThreeLenses_entry
    }
    partyReportedEntry {
      ...ThreeLenses_entry
    }
  }
`);

export interface ThreeLensesProps {
  commitment: FragmentType<typeof ThreeLensesFragment>;
  /** Who assesses, e.g. "Labour Muslim Network". */
  assessor: string;
  /** Who made the commitment and reports on it, e.g. "Labour Party". */
  counterpart: string;
}

function Lens({
  title,
  by,
  badge,
  children,
  modifier,
}: {
  title: string;
  by: string;
  badge: ReactNode;
  children: ReactNode;
  modifier: string;
}) {
  const headingId = useId();
  return (
    <section className={`lens lens--${modifier}`} aria-labelledby={headingId}>
      <h3 className="lens__title" id={headingId}>
        {title}
      </h3>
      <p className="lens__by">{by}</p>
      <div className="lens__status">{badge}</div>
      <div className="lens__body">{children}</div>
    </section>
  );
}

function EntryDetails({
  entry: entryRef,
  noEntry,
}: {
  entry: FragmentType<typeof ThreeLensesEntryFragment> | null;
  noEntry: string;
}) {
  const entry = getFragmentData(ThreeLensesEntryFragment, entryRef);
  if (!entry) return <p className="muted">{noEntry}</p>;
  return (
    <>
      <p className="lens__when">
        Recorded {formatDate(entry.createdAt)}
        {entry.author ? ` by ${personLabel(entry.author)}` : ''}
        {entry.onBehalfOfParty ? ', on the party’s behalf' : ''}
      </p>
      {entry.reasonCode ? <p className="lens__reason">Reason: {reasonLabel(entry.reasonCode)}</p> : null}
      {entry.narrative ? <LazyMarkdown>{entry.narrative}</LazyMarkdown> : null}
      <EvidenceList evidence={entry.evidence} asOf={entry.createdAt} />
    </>
  );
}

/**
 * The three lenses on a commitment side by side (docs/domain.md): the network's assessment, the
 * party's own account, and the deadline computed from the dates. Where the first two differ,
 * the disagreement is called out above them in words.
 */
export function ThreeLenses({ commitment: commitmentRef, assessor, counterpart }: ThreeLensesProps) {
  const commitment = getFragmentData(ThreeLensesFragment, commitmentRef);
  const headingId = useId();
  return (
    <section className="commitment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Where it stands</h2>
      {commitment.disagreement ? (
        <div className="callout callout--disagreement">
          <p className="callout__title">The two accounts disagree</p>
          <p>
            {counterpart} reports this commitment as <strong>{assessmentLabel(commitment.partyReported)}</strong>;{' '}
            {assessor} assesses it as <strong>{assessmentLabel(commitment.assessment)}</strong>.
          </p>
        </div>
      ) : null}
      <div className="lenses">
        <Lens
          modifier="assessment"
          title="Assessment"
          by={`${assessor}’s independent judgement`}
          badge={<StatusBadge status={commitment.assessment} />}
        >
          <EntryDetails entry={commitment.assessmentEntry} noEntry="Not assessed yet." />
        </Lens>
        <Lens
          modifier="party"
          title="Party’s account"
          by={`What ${counterpart} reports`}
          badge={<StatusBadge status={commitment.partyReported} />}
        >
          <EntryDetails entry={commitment.partyReportedEntry} noEntry={`${counterpart} has not reported on it yet.`} />
        </Lens>
        <Lens
          modifier="deadline"
          title="Deadline"
          by="Worked out from the dates, never entered"
          badge={<DeadlineBadge status={commitment.deadline} />}
        >
          <p className="lens__when">
            {commitment.dueDate ? `Due ${formatDate(commitment.dueDate)}` : 'No due date was set.'}
          </p>
          {commitment.completedOn ? <p>Completed {formatDate(commitment.completedOn)}.</p> : null}
          {commitment.deadline === 'OVERDUE' ? (
            <p>The due date has passed and the commitment is not complete.</p>
          ) : null}
          {commitment.deadline === 'DUE_SOON' ? <p>Due within the next 30 days.</p> : null}
        </Lens>
      </div>
    </section>
  );
}
