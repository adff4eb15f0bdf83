import { useId, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { CommentsList_CommentFragment } from '../../../__generated__/graphql';
import { formatCount, formatDate } from '../../../lib/format';
import { personLabel } from '../../../lib/labels';
import { LazyMarkdown } from '../../../ui/LazyMarkdown';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';

export const CommentsListFragment = graphql(`
  fragment CommentsList_comment on Comment {
    id
    body
    hidden
    kind
    stance
    parentId
    createdAt
    author {
      id
      displayName
      role
    }
  }
`);

type Comment = CommentsList_CommentFragment;

export interface CommentsListProps {
  comments: readonly FragmentType<typeof CommentsListFragment>[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onShowMore: () => void;
  /** For a signed-in reader: the reply control under each comment that can be answered. */
  renderReply?: (comment: Comment) => ReactNode;
  /** Below the list: the new-comment form, or the way to sign in. */
  children?: ReactNode;
}

interface Thread {
  comment: Comment;
  replies: Thread[];
}

/** Comments as threads: replies under the comment they answer, oldest first. */
export function threads(comments: readonly Comment[]): Thread[] {
  const byId = new Map(comments.map((comment) => [comment.id, { comment, replies: [] as Thread[] }]));
  const roots: Thread[] = [];
  for (const thread of byId.values()) {
    const parent = thread.comment.parentId ? byId.get(thread.comment.parentId) : undefined;
    if (parent) parent.replies.push(thread);
    else roots.push(thread);
  }
  return roots;
}

function CommentItem({
  thread,
  depth,
  renderReply,
}: {
  thread: Thread;
  depth: number;
  renderReply?: (comment: Comment) => ReactNode;
}) {
  const { comment } = thread;
  const response = comment.kind === 'RESPONSE';
  return (
    <li className={`comment${response ? ' comment--response' : ''}${comment.hidden ? ' comment--hidden' : ''}`}>
      <article>
        <p className="comment__meta">
          <strong>{personLabel(comment.author)}</strong>
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
        </p>
        {response ? (
          <p className="comment__kind">
            Party’s response
            {comment.stance
              ? comment.stance === 'AGREE'
                ? ': agrees with the assessment'
                : ': disagrees with the assessment'
              : ''}
          </p>
        ) : null}
        {comment.hidden || comment.body === null ? (
          <p className="comment__hidden">Hidden by moderators.</p>
        ) : (
          <LazyMarkdown>{comment.body}</LazyMarkdown>
        )}
      </article>
      {renderReply && !comment.hidden ? renderReply(comment) : null}
      {thread.replies.length > 0 ? (
        <ol className={`comments comments--replies${depth >= 2 ? ' comments--flat' : ''}`} aria-label="Replies">
          {thread.replies.map((reply) => (
            <CommentItem key={reply.comment.id} thread={reply} depth={depth + 1} renderReply={renderReply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function responsesText(comments: readonly Comment[]): string {
  const responses = comments.filter((comment) => comment.kind === 'RESPONSE').length;
  if (responses === 0) return '';
  return responses === 1
    ? ', one of them the party’s response'
    : `, ${formatCount(responses, 'response')} from the party`;
}

/**
 * Comments and the party's responses; hidden ones say so without their text. Read-only unless
 * the page passes the signed-in reader's reply control and new-comment form.
 */
export function CommentsList({
  comments: commentRefs,
  totalCount,
  hasMore,
  loadingMore,
  onShowMore,
  renderReply,
  children,
}: CommentsListProps) {
  const headingId = useId();
  const comments = getFragmentData(CommentsListFragment, commentRefs);
  return (
    <section className="commitment-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Comments and responses</h2>
      <p className="section-intro">
        {totalCount === 0 ? 'No comments yet. ' : `${formatCount(totalCount, 'comment')}${responsesText(comments)}. `}
        The network’s executive and the party’s liaisons comment here; the party’s liaisons can also respond to the
        assessment.
      </p>
      {comments.length > 0 ? (
        <ol className="comments">
          {threads(comments).map((thread) => (
            <CommentItem key={thread.comment.id} thread={thread} depth={0} renderReply={renderReply} />
          ))}
        </ol>
      ) : null}
      {hasMore ? <ShowMoreButton loading={loadingMore} onShowMore={onShowMore} what="comments" /> : null}
      {children}
    </section>
  );
}
