import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type ReactNode } from 'react';
import { FormMessages } from '../../../../ui/forms/FormMessages';
import { ProblemMessage } from '../../../../ui/forms/ProblemMessage';
import type { useDraft } from '../../../../ui/forms/useDraft';
import { DraftRestored } from '../../../../ui/forms/DraftRestored';
import { MarkdownField } from '../../../../ui/forms/MarkdownField';
import { usePostForm } from '../../../../ui/forms/usePostForm';
import { commentProblems, type CommentDraft } from '../../lib/comments';
import { AddCommentMutation } from '../../graphql/participation';

export type Draft<T extends object> = ReturnType<typeof useDraft<T>>;

export interface CommentFormProps {
  commitmentId: string;
  /** The comment answered, for a reply. */
  parentId?: string | null;
  draft: Draft<CommentDraft>;
  /** "comment" or "reply": the words of the form and its messages. */
  what: 'comment' | 'reply';
  label: string;
  hint?: ReactNode;
  /** The form's accessible name. */
  name: string;
  onPosted: () => void;
  onCancel?: () => void;
}

/** A comment or a reply in Markdown, kept as a draft until it is posted. */
export function CommentForm({
  commitmentId,
  parentId = null,
  draft,
  what,
  label,
  hint,
  name,
  onPosted,
  onCancel,
}: CommentFormProps) {
  const client = useApolloClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [posted, setPosted] = useState(false);
  const post = usePostForm({
    formRef,
    problems: () => commentProblems(draft.value, what),
    order: () => ['body'],
    send: () =>
      client.mutate({
        mutation: AddCommentMutation,
        variables: { input: { commitmentId, parentId, kind: 'COMMENT', body: draft.value.body.trim() } },
      }),
    onSent: () => {
      draft.clear();
      setPosted(true);
      onPosted();
    },
  });
  const problem = post.problem;

  const local = post.checked ? commentProblems(draft.value, what) : {};
  const bodyError = local.body ?? (problem?.kind === 'field' && problem.field === 'body' ? problem.message : null);
  const topError =
    problem && !(problem.kind === 'field' && problem.field === 'body') ? (
      <ProblemMessage problem={problem} />
    ) : bodyError ? (
      `Your ${what} was not posted.`
    ) : null;

  return (
    <form
      className="edit-form comment-form"
      noValidate
      ref={formRef}
      aria-label={name}
      onSubmit={(event) => {
        setPosted(false);
        void post.submit(event);
      }}
    >
      {draft.restored ? (
        <DraftRestored
          what={what}
          onDiscard={() => {
            draft.clear();
            post.reset();
            post.focus('body');
          }}
        />
      ) : null}
      <FormMessages error={topError} success={posted ? `${what === 'reply' ? 'Reply' : 'Comment'} posted.` : null} />
      <MarkdownField
        label={label}
        name="body"
        rows={what === 'reply' ? 3 : 4}
        value={draft.value.body}
        hint={hint}
        error={bodyError}
        onChange={(body) => {
          post.clearProblem();
          setPosted(false);
          draft.update({ body });
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={post.posting}>
          {post.posting ? 'Posting…' : what === 'reply' ? 'Post reply' : 'Post comment'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
