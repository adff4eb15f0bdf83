import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { FormMessages } from '../../../../ui/forms/FormMessages';
import { mutationProblem, type MutationProblem } from '../../../../ui/forms/mutationProblem';
import type { useDraft } from '../../../../ui/forms/useDraft';
import { commentProblems, DraftRestored, MarkdownField, ProblemMessage, type CommentDraft } from '../../../updates';
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
  const [checked, setChecked] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [posting, setPosting] = useState(false);
  // A second click before the first answer must not post twice.
  const inFlight = useRef(false);
  const [posted, setPosted] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest > 0) formRef.current?.querySelector<HTMLElement>('[name="body"]')?.focus();
  }, [focusRequest]);

  const local = checked ? commentProblems(draft.value, what) : {};
  const bodyError = local.body ?? (problem?.kind === 'field' && problem.field === 'body' ? problem.message : null);
  const topError =
    problem && !(problem.kind === 'field' && problem.field === 'body') ? (
      <ProblemMessage problem={problem} />
    ) : bodyError ? (
      `Your ${what} was not posted.`
    ) : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    setProblem(null);
    setPosted(false);
    if (commentProblems(draft.value, what).body) {
      setChecked(true);
      setFocusRequest((count) => count + 1);
      return;
    }
    inFlight.current = true;
    setPosting(true);
    try {
      await client.mutate({
        mutation: AddCommentMutation,
        variables: { input: { commitmentId, parentId, kind: 'COMMENT', body: draft.value.body.trim() } },
      });
    } catch (caught) {
      const found = mutationProblem(caught);
      setProblem(found);
      if (found.kind === 'field' && found.field === 'body') setFocusRequest((count) => count + 1);
      return;
    } finally {
      inFlight.current = false;
      setPosting(false);
    }
    setChecked(false);
    draft.clear();
    setPosted(true);
    onPosted();
  };

  return (
    <form
      className="edit-form comment-form"
      noValidate
      ref={formRef}
      aria-label={name}
      onSubmit={(event) => void submit(event)}
    >
      {draft.restored ? (
        <DraftRestored
          what={what}
          onDiscard={() => {
            draft.clear();
            setChecked(false);
            setProblem(null);
            setFocusRequest((count) => count + 1);
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
          setProblem(null);
          setPosted(false);
          draft.update({ body });
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={posting}>
          {posting ? 'Posting…' : what === 'reply' ? 'Post reply' : 'Post comment'}
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
