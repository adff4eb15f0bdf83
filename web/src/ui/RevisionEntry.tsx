import { formatDate } from '../lib/format';
import { fieldLabel, isDateField, personLabel, type Role } from '../lib/labels';
import { DiffView } from './DiffView';

export interface RevisionEntryProps {
  createdAt: string;
  /** What was edited, when the list mixes items, e.g. "Edit to milestone “Guidance published”". */
  subject?: string;
  field: string;
  before: string | null;
  after: string | null;
  actor: { displayName: string; role: Role } | null | undefined;
}

/** One edit in a history list: when, what, the change as a word diff, and who made it. */
export function RevisionEntry({ createdAt, subject, field, before, after, actor }: RevisionEntryProps) {
  return (
    <li className="history-entry history-entry--revision">
      <p className="history-entry__meta">
        <time dateTime={createdAt}>{formatDate(createdAt)}</time>
        {subject ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            {subject}
          </>
        ) : null}
      </p>
      <DiffView label={fieldLabel(field)} before={before} after={after} kind={isDateField(field) ? 'date' : 'text'} />
      {actor ? <p className="history-entry__by">Edited by {personLabel(actor)}</p> : null}
    </li>
  );
}
