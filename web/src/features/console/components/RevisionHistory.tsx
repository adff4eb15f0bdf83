import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { RevisionSubject } from '../../../__generated__/graphql';
import { errorMessage } from '../../../apollo/errors';
import { formatCount, formatDate } from '../../../lib/format';
import { fieldLabel, isDateField, personLabel } from '../../../lib/labels';
import { DiffView } from '../../../ui/DiffView';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { EditorRevisionsQuery } from '../graphql/editors';

export interface RevisionHistoryProps {
  subjectType: RevisionSubject;
  subjectId: string;
  /** What the list is of, e.g. "the report", in "No edits of the report yet". */
  what: string;
}

/**
 * Every edit of one report, recommendation or plan, oldest first, as diffs: the same record
 * the public sees, so whoever edits can check what the history will say.
 */
export function RevisionHistory({ subjectType, subjectId, what }: RevisionHistoryProps) {
  const result = useQuery(EditorRevisionsQuery, { variables: { subjectType, subjectId } });
  const [loadingMore, setLoadingMore] = useState(false);
  const revisions = result.data?.revisions;

  if (result.error && !revisions) {
    return (
      <ErrorState
        title="The history could not be loaded"
        message={errorMessage(result.error)}
        onRetry={() => void result.refetch().catch(() => undefined)}
      />
    );
  }
  if (!revisions) return <LoadingNotice>Loading the history…</LoadingNotice>;

  const showMore = () => {
    setLoadingMore(true);
    result
      // The cache's type policy for `revisions` appends the page (apollo/typePolicies.ts).
      .fetchMore({ variables: { after: revisions.pageInfo.endCursor } })
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  };

  if (revisions.totalCount === 0) return <p className="muted">No edits of {what} yet: it reads as first entered.</p>;
  return (
    <>
      <p className="section-intro">
        {formatCount(revisions.totalCount, 'change')}, oldest first. Every edit is kept; the original wording is never
        lost.
      </p>
      <ol className="history">
        {revisions.edges.map(({ node }) => (
          <li key={node.id} className="history-entry history-entry--revision">
            <p className="history-entry__meta">
              <time dateTime={node.createdAt}>{formatDate(node.createdAt)}</time>
            </p>
            <DiffView
              label={fieldLabel(node.field)}
              before={node.before}
              after={node.after}
              kind={isDateField(node.field) ? 'date' : 'text'}
            />
            {node.actor ? <p className="history-entry__by">Edited by {personLabel(node.actor)}</p> : null}
          </li>
        ))}
      </ol>
      {revisions.pageInfo.hasNextPage ? (
        <ShowMoreButton loading={loadingMore} onShowMore={showMore} what="changes" />
      ) : null}
    </>
  );
}
