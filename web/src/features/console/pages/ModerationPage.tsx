import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useRetry } from '../../../apollo/useRetry';
import { formatCount } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { QueryProblem } from '../../../ui/QueryProblem';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { ModerationEntry } from '../components/ModerationEntry';
import { ModerationQuery } from '../graphql/console';

const VIEWS = [
  { value: 'all', label: 'All', hidden: null },
  { value: 'visible', label: 'Visible', hidden: false },
  { value: 'hidden', label: 'Hidden', hidden: true },
] as const;
type View = (typeof VIEWS)[number]['value'];

/** `/console/moderation` — every comment on the organisation's plans, newest first, with a way to hide it. */
export function ModerationPage() {
  useDocumentTitle('Moderation');
  const [view, setView] = useState<View>('all');
  const hidden = VIEWS.find((option) => option.value === view)!.hidden;
  const result = useQuery(ModerationQuery, { variables: { hidden }, fetchPolicy: 'cache-and-network' });
  const retry = useRetry(result);
  const [loadingMore, setLoadingMore] = useState(false);
  const moderation = result.data?.moderation;

  const showMore = async () => {
    if (!moderation?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await result.fetchMore({ variables: { after: moderation.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <header className="page-header">
        <h1>Moderation</h1>
        <p className="lede">
          Comments on your plans, newest first. Hiding a comment keeps its text for the record; the public sees “Hidden
          by moderators”.
        </p>
      </header>
      <fieldset className="console-views">
        <legend>Show</legend>
        {VIEWS.map((option) => (
          <label key={option.value} className="console-views__option">
            <input
              type="radio"
              name="moderation-view"
              value={option.value}
              checked={view === option.value}
              onChange={() => setView(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {retry.error ? (
        <QueryProblem {...retry} title="The comments could not be loaded" what="comments" />
      ) : !moderation ? (
        <LoadingNotice>Loading comments…</LoadingNotice>
      ) : moderation.totalCount === 0 ? (
        <p>No comments here.</p>
      ) : (
        <>
          <p className="console-count" aria-live="polite">
            {formatCount(moderation.totalCount, 'comment')}
          </p>
          <ol className="moderation-list">
            {moderation.edges.map((edge) => (
              <ModerationEntry key={edge.node.comment.id} item={edge.node} />
            ))}
          </ol>
          {moderation.pageInfo.hasNextPage ? (
            <ShowMoreButton loading={loadingMore} onShowMore={() => void showMore()} what="comments" />
          ) : null}
        </>
      )}
    </>
  );
}
