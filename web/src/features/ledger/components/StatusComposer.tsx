import { useApolloClient } from '@apollo/client/react';
import { entryStatusesFor, needsEvidence, needsReason, ReasonCode } from '@tracker/rules';
import { useEffect, useId, useRef, useState } from 'react';
import type { EntryStatus, Lens, SubjectType } from '../../../__generated__/graphql';
import { lensLabel } from '../../../lib/labels';
import { SelectField } from '../../../ui/forms/Field';
import { FormMessages } from '../../../ui/forms/FormMessages';
import { ProblemMessage } from '../../../ui/forms/ProblemMessage';
import { useDraft } from '../../../ui/forms/useDraft';
import { usePostForm } from '../../../ui/forms/usePostForm';
import { DraftRestored } from '../../../ui/forms/DraftRestored';
import { MarkdownField } from '../../../ui/forms/MarkdownField';
import { RadioGroup, type RadioOption } from '../../../ui/forms/RadioGroup';
import { PostStatusUpdateMutation } from '../graphql/ledger';
import {
  emptyEvidence,
  emptyUpdate,
  evidenceRule,
  formField,
  reasonOptionLabel,
  reasonRule,
  statusLabel,
  updateProblems,
  updateRequest,
  type UpdateDraft,
} from '../lib/updateForm';
import { EvidenceEditor } from './EvidenceEditor';
import '../ledger.css';

export interface StatusComposerProps {
  /** What the entry is about; `label` names it in the form, e.g. "C3 · Publish the complaints data". */
  subject: { type: SubjectType; id: string; label: string };
  /** The lenses this person may write here, in the order offered (a milestone: ASSESSMENT only). */
  lenses: readonly Lens[];
  /** After a successful post, e.g. to refetch the page. */
  onPosted?: () => void;
}

const LENS_HINTS: Record<Lens, string> = {
  ASSESSMENT: 'The network’s independent judgement, on outcomes rather than intentions.',
  PARTY_REPORTED: 'The party’s own account. Posted by the executive, it is shown as “on the party’s behalf”.',
};

function postedWhat(subjectType: SubjectType, lens: Lens): string {
  if (subjectType === 'MILESTONE') return 'the milestone';
  return lens === 'ASSESSMENT' ? 'the assessment' : 'the party’s account';
}

/** Fields in the order the form shows them: the first refused one gets the keyboard. */
function fieldOrder(draft: UpdateDraft): string[] {
  return [
    'lens',
    'status',
    'reasonCode',
    'narrative',
    ...draft.evidence.flatMap((_, index) =>
      ['url', 'title', 'kind', 'publishedOn'].map((part) => `evidence.${index}.${part}`),
    ),
    'evidence',
  ];
}

/**
 * A new ledger entry for a commitment or a milestone: lens, status, narrative, evidence and,
 * for a setback, a reason. The ledger's rules are explained beside the fields and checked
 * before sending; the server's refusals land on the same fields. What is typed is kept as a
 * draft in this browser until it is posted.
 */
export function StatusComposer({ subject, lenses, onPosted }: StatusComposerProps) {
  const id = useId();
  const client = useApolloClient();
  const formRef = useRef<HTMLFormElement>(null);
  const defaultLens: Lens = lenses[0] ?? 'ASSESSMENT';
  const draft = useDraft<UpdateDraft>(`update:${subject.id}:${lenses.join('+')}`, emptyUpdate(defaultLens));
  const value: UpdateDraft = lenses.includes(draft.value.lens) ? draft.value : { ...draft.value, lens: defaultLens };
  // What was last posted, for the confirmation; null until then and after the next edit.
  const [posted, setPosted] = useState<{ lens: Lens; status: EntryStatus } | null>(null);
  const messagesRef = useRef<HTMLDivElement>(null);
  const request = updateRequest(value, subject);
  const post = usePostForm({
    formRef,
    problems: () => updateProblems(value, subject.type),
    order: () => fieldOrder(value),
    send: async () => {
      await client.mutate({ mutation: PostStatusUpdateMutation, variables: { input: request.input } });
      return request.input;
    },
    // The server counts only the evidence sent; the form also has blank rows.
    formField: (field) => formField(field, request.evidenceRows),
    onSent: (input) => {
      draft.clear();
      setPosted({ lens: input.lens, status: input.status });
      onPosted?.();
    },
  });
  const serverProblem = post.problem;

  const messageKind = posted ? 'posted' : serverProblem && serverProblem.kind !== 'field' ? serverProblem.kind : null;
  useEffect(() => {
    // The form is long: its confirmation or problem is brought into view from the button below.
    if (messageKind) messagesRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [messageKind]);

  const localProblems = post.checked ? updateProblems(value, subject.type) : {};
  const serverField = serverProblem?.kind === 'field' ? serverProblem : null;
  const shownFields = new Set(
    fieldOrder(value).filter(
      (field) => (field !== 'lens' || lenses.length > 1) && (field !== 'reasonCode' || needsReason(value.status)),
    ),
  );
  const fieldError = (field: string): string | null =>
    localProblems[field] ?? (serverField?.field === field ? serverField.message : null);

  const change = (patch: Partial<UpdateDraft>) => {
    post.clearProblem();
    setPosted(null);
    draft.update((previous) => ({ ...previous, ...patch }));
  };

  const chooseStatus = (status: EntryStatus) => {
    // A status that needs evidence opens a first source row, so the next step is in view.
    const evidence = needsEvidence(status) && value.evidence.length === 0 ? [emptyEvidence()] : value.evidence;
    change({ status, evidence });
  };

  const refused = Object.keys(localProblems).length > 0 || (serverField && shownFields.has(serverField.field));
  const topError =
    serverProblem && !(serverField && shownFields.has(serverField.field)) ? (
      <ProblemMessage problem={serverProblem} />
    ) : refused ? (
      'The update was not posted. Check the marked fields below.'
    ) : null;

  const statusOptions: RadioOption<EntryStatus>[] = entryStatusesFor(subject.type).map((status) => ({
    value: status,
    label: statusLabel(subject.type, status),
    hint: needsEvidence(status) ? 'needs evidence' : needsReason(status) ? 'needs a reason' : undefined,
  }));
  const reasonOptions: { value: ReasonCode | ''; label: string }[] = [
    { value: '', label: 'Choose a reason' },
    ...Object.values(ReasonCode).map((code) => ({ value: code, label: reasonOptionLabel(code) })),
  ];
  const onlyPartyLens = lenses.length === 1 && lenses[0] === 'PARTY_REPORTED';

  return (
    <form
      className="edit-form composer"
      noValidate
      ref={formRef}
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        setPosted(null);
        void post.submit(event);
      }}
    >
      <p className="composer__title" id={`${id}-title`}>
        New update <span className="composer__subject">on {subject.label}</span>
      </p>
      {draft.restored ? (
        <DraftRestored
          what="update"
          onDiscard={() => {
            draft.clear();
            post.reset();
            // The notice and its button are gone: the keyboard goes to the form's first question.
            post.focus(lenses.length > 1 ? 'lens' : 'status');
          }}
        />
      ) : null}
      <div ref={messagesRef}>
        <FormMessages
          error={topError}
          success={
            posted
              ? `Update posted: ${postedWhat(subject.type, posted.lens)} is now ${statusLabel(subject.type, posted.status)}. It is part of the public record.`
              : null
          }
        />
      </div>

      {lenses.length > 1 ? (
        <RadioGroup
          legend="Lens"
          name="lens"
          value={value.lens}
          inline
          options={lenses.map((lens) => ({ value: lens, label: lensLabel(lens), hint: LENS_HINTS[lens] }))}
          error={fieldError('lens')}
          onChange={(lens) => change({ lens })}
        />
      ) : onlyPartyLens ? (
        <p className="composer__note">
          This is the party’s own account. It is shown beside the network’s assessment and does not change it.
        </p>
      ) : null}

      <RadioGroup
        legend="Status"
        name="status"
        value={value.status}
        options={statusOptions}
        hint={`${evidenceRule(subject.type)} ${reasonRule(subject.type)}`}
        error={fieldError('status')}
        onChange={chooseStatus}
      />

      {needsReason(value.status) ? (
        <SelectField
          label="Reason"
          name="reasonCode"
          value={value.reasonCode}
          options={reasonOptions}
          hint={`${reasonRule(subject.type)} Choose the one that fits best and explain it below.`}
          error={fieldError('reasonCode')}
          onChange={(reasonCode) => change({ reasonCode })}
        />
      ) : null}

      <MarkdownField
        label="What has happened (optional)"
        name="narrative"
        value={value.narrative}
        hint="In a few sentences: what changed, and what the evidence shows."
        error={fieldError('narrative')}
        onChange={(narrative) => change({ narrative })}
      />

      <EvidenceEditor
        rows={value.evidence}
        onChange={(evidence) => change({ evidence })}
        hint={evidenceRule(subject.type)}
        required={needsEvidence(value.status)}
        error={fieldError('evidence')}
        fieldError={fieldError}
      />

      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={post.posting}>
          {post.posting ? 'Posting…' : 'Post update'}
        </button>
        <span className="composer__saved">Kept as a draft in this browser until you post it.</span>
      </div>
    </form>
  );
}
