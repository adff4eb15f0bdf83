import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { RevisionSubject } from '../../../__generated__/graphql';
import { errorMessage } from '../../../apollo/errors';
import { formatCount } from '../../../lib/format';
import { ErrorState } from '../../../ui/ErrorState';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { RevisionEntry } from '../../../ui/RevisionEntry';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { EditorRevisionsQuery } from '../graphql/editors';

export interface RevisionHistoryProps {
  subjectType: RevisionSubject;
  subjectId: string;
  /** What the list is of, e.g. "the report", in "No edits of the report yet". */
  what: string;
}

/**
 * The wording of each finding the revisions name, for a report's history, which mixes the
 * report's own edits with its findings': the latest wording a revision of its label gives
 * (a deleted finding's last one included), or else "Key finding".
 */
function findingNames(
  revisions: readonly {
    subjectType: RevisionSubject;
    subjectId: string;
    field: string;
    before: string | null;
    after: string | null;
  }[],
): Map<string, string> {
  const names = new Map<string, string>();
  for (const revision of revisions) {
    const label = revision.after ?? revision.before;
    if (revision.subjectType === 'FINDING' && revision.field === 'label' && label) names.set(revision.subjectId, label);
  }
  return names;
}

/**
 * Every edit of one report (with its key findings), recommendation or plan, oldest first, as
 * diffs: the same record the public sees, so whoever edits can check what the history will say.
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

  const names = findingNames(revisions.edges.map(({ node }) => node));
  const subjectOf = (node: { subjectType: RevisionSubject; subjectId: string }): string | undefined => {
    if (node.subjectType !== 'FINDING') return undefined;
    const name = names.get(node.subjectId);
    return name ? `Key finding “${name}”` : 'A key finding';
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
          <RevisionEntry
            key={node.id}
            createdAt={node.createdAt}
            subject={subjectOf(node)}
            field={node.field}
            before={node.before}
            after={node.after}
            actor={node.actor}
          />
        ))}
      </ol>
      {revisions.pageInfo.hasNextPage ? (
        <ShowMoreButton loading={loadingMore} onShowMore={showMore} what="changes" />
      ) : null}
    </>
  );
}
