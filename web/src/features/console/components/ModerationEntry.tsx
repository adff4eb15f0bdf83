import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import type { ModerationQuery } from '../../../__generated__/graphql';
import { formatDate } from '../../../lib/format';
import { personLabel } from '../../../lib/labels';
import { Link } from '../../../router';
import { commitmentPath } from '../../../routes/paths';
import { TextField } from '../../../ui/forms/Field';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { fieldError, mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';
import { HideCommentMutation } from '../graphql/console';

type Item = ModerationQuery['moderation']['edges'][number]['node'];

const STANCES = { AGREE: 'agrees with the assessment', DISAGREE: 'disagrees with the assessment' } as const;

/**
 * One comment as a moderator sees it: the words exactly as written (plain text, never
 * rendered), where and by whom, and either why it was hidden or a way to hide it.
 */
export function ModerationEntry({ item }: { item: Item }) {
  const { comment, commitment } = item;
  const headingId = useId();
  const client = useApolloClient();
  const [hiding, setHiding] = useState(false);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);

  const hide = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (!reason.trim()) {
      setProblem({ kind: 'field', field: 'reason', message: 'Give the reason: it is kept with the record.' });
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await client.mutate({
        mutation: HideCommentMutation,
        variables: { input: { id: comment.id, reason: reason.trim() } },
        refetchQueries: ['Moderation'],
        awaitRefetchQueries: true,
      });
    } catch (caught) {
      setProblem(mutationProblem(caught));
      setSaving(false);
    }
  };

  return (
    <li className={`moderation-entry${comment.hidden ? ' moderation-entry--hidden' : ''}`}>
      <article aria-labelledby={headingId}>
        <h2 className="moderation-entry__where" id={headingId}>
          <Link to={commitmentPath(commitment.plan.organisation.slug, commitment.plan.slug, commitment.reference)}>
            {commitment.reference} · {commitment.title}
          </Link>
        </h2>
        <p className="moderation-entry__meta">
          {personLabel(comment.author)} · <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
          {comment.kind === 'RESPONSE' && comment.stance ? ` · party’s response: ${STANCES[comment.stance]}` : ''}
        </p>
        <p className="moderation-entry__body">{item.body}</p>
        {comment.hidden ? (
          <p className="moderation-entry__status">
            <strong>Hidden</strong>
            {item.hiddenBy ? ` by ${personLabel(item.hiddenBy)}` : ''}
            {item.hiddenAt ? ` on ${formatDate(item.hiddenAt)}` : ''}
            {item.hiddenReason ? `: ${item.hiddenReason}` : ''}
          </p>
        ) : hiding ? (
          <form
            className="edit-form moderation-entry__form"
            aria-label="Hide this comment"
            noValidate
            onSubmit={(event) => void hide(event)}
          >
            <FormMessages error={problem && problem.kind !== 'field' ? problem.message : null} />
            <TextField
              label="Why hide it?"
              name="reason"
              required
              maxLength={500}
              hint="Kept with the record and never shown to the public."
              value={reason}
              onChange={(value) => {
                setReason(value);
                setProblem(null);
              }}
              error={fieldError(problem, 'reason')}
            />
            <div className="form-actions">
              <button type="submit" className="button" aria-disabled={saving}>
                {saving ? 'Hiding…' : 'Hide comment'}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setHiding(false)}>
                Cancel
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="button button--secondary button--small" onClick={() => setHiding(true)}>
            Hide…
          </button>
        )}
      </article>
    </li>
  );
}
