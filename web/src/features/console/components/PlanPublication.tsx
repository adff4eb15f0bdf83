import { useApolloClient } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../../../lib/format';
import { DraftBadge } from '../../../ui/Badges';
import { TextField } from '../../../ui/forms/Field';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { fieldError, mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';
import { PublishPlanMutation, UnpublishPlanMutation } from '../graphql/editors';

export interface PlanPublicationProps {
  plan: { id: string; version: number; publishedAt?: string | null; unpublishedReason?: string | null };
  /** Loads the plan again, after a conflict or a change of state. */
  reload: () => Promise<unknown>;
}

/** What publishing puts in front of the public, said before the executive confirms. */
export const WHAT_BECOMES_PUBLIC =
  'Anyone will be able to read the plan, its commitments and milestones, their progress, history and comments, and find it on the home page, its organisation’s page and its reports’ pages.';

/**
 * Whether the plan is a draft or public, and the way to change it: Publish, after a confirmation
 * that says what becomes public; Unpublish, with the reason it is taken back.
 */
export function PlanPublication({ plan, reload }: PlanPublicationProps) {
  const client = useApolloClient();
  const draft = !plan.publishedAt;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const close = () => {
    setOpen(false);
    setProblem(null);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    if (!draft && !reason.trim()) {
      setProblem({
        kind: 'field',
        field: 'reason',
        message: 'Say why it is taken back: the reason is kept in its history.',
      });
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await (draft
        ? client.mutate({ mutation: PublishPlanMutation, variables: { input: { id: plan.id, version: plan.version } } })
        : client.mutate({
            mutation: UnpublishPlanMutation,
            variables: { input: { id: plan.id, version: plan.version, reason: reason.trim() } },
          }));
      setDone(draft ? 'Published: the plan is public now.' : 'Unpublished: the plan is a draft again.');
      setOpen(false);
      setReason('');
      void reload().catch(() => undefined);
    } catch (caught) {
      const found = mutationProblem(caught);
      setProblem(found);
      if (found.kind === 'conflict') void reload().catch(() => undefined);
    } finally {
      setSaving(false);
    }
  };

  const formProblem =
    problem?.kind === 'conflict'
      ? 'Someone else changed the plan since you opened it; it has been loaded again. Check it and try again.'
      : problem && !(problem.kind === 'field' && problem.field === 'reason')
        ? problem.message
        : null;

  return (
    <section className={`plan-publication${draft ? ' plan-publication--draft' : ''}`} aria-label="Publication">
      <FormMessages success={open ? null : done} />
      {draft ? (
        <p className="plan-publication__state">
          <DraftBadge />
          <span>
            Only your organisation’s executives and this plan’s liaisons can see it. It is not listed anywhere public
            until it is published.
            {plan.unpublishedReason ? ` Taken back to draft: ${plan.unpublishedReason}` : ''}
          </span>
        </p>
      ) : (
        <p className="plan-publication__state">
          <span>Public since {formatDate(plan.publishedAt!)}.</span>
        </p>
      )}
      {open ? (
        <form
          className="edit-form plan-publication__form"
          aria-label={draft ? 'Publish the plan' : 'Unpublish the plan'}
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          <FormMessages error={formProblem} />
          {draft ? (
            <p>
              <strong>Publish this plan?</strong> {WHAT_BECOMES_PUBLIC}
            </p>
          ) : (
            <>
              <p>
                <strong>Unpublish this plan?</strong> It disappears from every public page and list; only your
                organisation’s executives and its liaisons can see it.
              </p>
              <TextField
                label="Why is it taken back?"
                name="reason"
                required
                maxLength={500}
                hint="Kept in the plan’s history, which the public sees again if it is published again."
                value={reason}
                onChange={(value) => {
                  setReason(value);
                  setProblem(null);
                }}
                error={fieldError(problem, 'reason')}
              />
            </>
          )}
          <div className="form-actions">
            <button type="submit" className="button" aria-disabled={saving}>
              {saving ? (draft ? 'Publishing…' : 'Unpublishing…') : draft ? 'Publish the plan' : 'Unpublish the plan'}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className={draft ? 'button' : 'button button--secondary button--small'}
          onClick={() => {
            setDone(null);
            setOpen(true);
          }}
        >
          {draft ? 'Publish…' : 'Unpublish…'}
        </button>
      )}
    </section>
  );
}
