import { useApolloClient } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { EditForm } from '../../../ui/forms/EditForm';
import { EditorMessages } from '../../../ui/forms/EditorMessages';
import { savedValues } from '../../../ui/forms/fieldSpec';
import { useEditForm } from '../../../ui/forms/useEditForm';
import { Reference } from '../../../ui/Reference';
import { DeleteAskMutation, LinkAskMutation, UnlinkAskMutation, UpdateAskMutation } from '../graphql/console';
import { useAction } from '../hooks/useAction';
import { ASK_FIELDS, askInput } from '../lib/askFields';
import { linkInput, type LinkTargetGroups } from '../lib/linkTargets';

interface AskLink {
  id: string;
  commitment?: { id: string; reference: string; title: string } | null;
  milestone?: { id: string; reference: string; title: string; commitment: { reference: string } } | null;
  recommendation?: { id: string; reference: string; title: string } | null;
}

export interface AskEditorProps {
  ask: {
    id: string;
    statement: string;
    theme?: string | null;
    raisedBy?: number | null;
    version: number;
    links: readonly AskLink[];
  };
  targets: LinkTargetGroups;
  reload: () => Promise<unknown>;
}

function linkValue(link: AskLink): string {
  if (link.commitment) return `commitment:${link.commitment.id}`;
  if (link.milestone) return `milestone:${link.milestone.id}`;
  return `recommendation:${link.recommendation?.id ?? ''}`;
}

function LinkName({ link }: { link: AskLink }) {
  if (link.commitment)
    return (
      <>
        <Reference>{link.commitment.reference}</Reference>
        {link.commitment.title}
      </>
    );
  if (link.milestone)
    return (
      <>
        <Reference>{`${link.milestone.commitment.reference} ${link.milestone.reference}`}</Reference>
        {link.milestone.title}
      </>
    );
  return (
    <>
      <Reference>{link.recommendation?.reference ?? ''}</Reference>
      {link.recommendation?.title}
    </>
  );
}

/** One ask in the console: its wording (with conflicts like every edit), what answers it, linking, and deleting. */
export function AskEditor({ ask, targets, reload }: AskEditorProps) {
  const client = useApolloClient();
  const selectId = useId();
  const headingId = useId();
  const [choice, setChoice] = useState('');
  const links = useAction();
  const remove = useAction();
  const refresh = () => reload().catch(() => undefined);

  const form = useEditForm({
    fields: ASK_FIELDS,
    saved: savedValues(ASK_FIELDS, {
      statement: ask.statement,
      theme: ask.theme,
      raisedBy: ask.raisedBy == null ? '' : String(ask.raisedBy),
    }),
    version: ask.version,
    reload,
    save: (input, version) =>
      client.mutate({ mutation: UpdateAskMutation, variables: { input: { ...askInput(input), id: ask.id, version } } }),
  });

  const linked = new Set(ask.links.map(linkValue));
  const option = (target: { value: string; label: string }) =>
    linked.has(target.value) ? null : (
      <option key={target.value} value={target.value}>
        {target.label}
      </option>
    );

  const link = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) return;
    links.run(
      () => client.mutate({ mutation: LinkAskMutation, variables: { input: linkInput(ask.id, choice) } }).then(refresh),
      'Linked.',
    );
    setChoice('');
  };

  return (
    <article className={`ask-editor${ask.links.length === 0 ? ' ask-editor--gap' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="ask-editor__statement">
        {ask.statement}
      </h3>
      <p className="ask-editor__meta">
        {[ask.theme ? `Theme: ${ask.theme}` : null, ask.raisedBy != null ? `raised by ${ask.raisedBy}` : null]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <details className="console-add" open={form.changed.length > 0 || form.conflict !== null || undefined}>
        <summary>Edit the wording</summary>
        <EditForm form={form} label={`Edit the ask “${ask.statement}”`} />
      </details>
      <div className="ask-editor__links">
        <p className="ask-editor__label">
          {ask.links.length === 0 ? 'Nothing answers it yet: it shows as a gap.' : 'Answered by:'}
        </p>
        <EditorMessages problem={links.problem} fields={[]} success={links.done} />
        {ask.links.length > 0 ? (
          <ul>
            {ask.links.map((existing) => (
              <li key={existing.id}>
                <LinkName link={existing} />{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-disabled={links.busy}
                  onClick={() =>
                    links.run(
                      () =>
                        client
                          .mutate({
                            mutation: UnlinkAskMutation,
                            variables: { input: linkInput(ask.id, linkValue(existing)) },
                          })
                          .then(refresh),
                      'Link removed.',
                    )
                  }
                >
                  Remove<span className="visually-hidden"> this link</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <form className="ask-editor__link-form" aria-label={`Link the ask “${ask.statement}”`} onSubmit={link}>
          <label htmlFor={selectId}>Answered by</label>
          <select id={selectId} value={choice} onChange={(event) => setChoice(event.target.value)}>
            <option value="">Choose a commitment, milestone or recommendation</option>
            <optgroup label="Commitments">{targets.commitments.map(option)}</optgroup>
            <optgroup label="Milestones">{targets.milestones.map(option)}</optgroup>
            <optgroup label="Recommendations">{targets.recommendations.map(option)}</optgroup>
          </select>
          <button type="submit" className="button button--secondary" aria-disabled={links.busy || !choice}>
            Link
          </button>
        </form>
      </div>
      <div className="ask-editor__delete">
        <EditorMessages problem={remove.problem} fields={[]} success={null} />
        <button
          type="button"
          className="link-button"
          aria-disabled={remove.busy}
          onClick={() =>
            remove.run(
              () =>
                client
                  .mutate({ mutation: DeleteAskMutation, variables: { input: { id: ask.id, version: ask.version } } })
                  .then(refresh),
              'Deleted.',
            )
          }
        >
          Delete this ask
        </button>
      </div>
    </article>
  );
}
