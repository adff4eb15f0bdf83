import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../../__generated__';
import type { CommitmentStatus, Stance } from '../../../../__generated__/graphql';
import { formatDate } from '../../../../lib/format';
import { markdownToText } from '../../../../lib/markdownText';
import { personLabel } from '../../../../lib/labels';
import { FormMessages } from '../../../../ui/forms/FormMessages';
import { ProblemMessage } from '../../../../ui/forms/ProblemMessage';
import { useDraft } from '../../../../ui/forms/useDraft';
import { StatusBadge } from '../../../../ui/StatusBadge';
import { DraftRestored } from '../../../../ui/forms/DraftRestored';
import { MarkdownField } from '../../../../ui/forms/MarkdownField';
import { RadioGroup } from '../../../../ui/forms/RadioGroup';
import { usePostForm } from '../../../../ui/forms/usePostForm';
import { responseProblems, type ResponseDraft } from '../../lib/comments';
import { AddCommentMutation } from '../../graphql/participation';

/** The assessment a response answers, as the form quotes it. */
export const ResponseFormEntryFragment = graphql(`
  fragment ResponseForm_entry on StatusUpdate {
    id
    createdAt
    narrative
    author {
      id
      displayName
      role
    }
  }
`);

interface StoredResponse extends ResponseDraft {
  /** The assessment the draft was written against, to notice when a newer one arrives. */
  assessmentId: string;
}

export interface ResponseFormProps {
  commitmentId: string;
  /** Who assesses, e.g. "Labour Muslim Network". */
  assessor: string;
  assessment: CommitmentStatus;
  entry: FragmentType<typeof ResponseFormEntryFragment>;
  personId: string;
  onPosted: () => void;
}

const STANCES: { value: Stance; label: string }[] = [
  { value: 'AGREE', label: 'The party agrees' },
  { value: 'DISAGREE', label: 'The party disagrees' },
];

const EXCERPT_LENGTH = 220;

function excerpt(markdown: string): string {
  const text = markdownToText(markdown);
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
}

/**
 * A liaison's right of reply: agree or disagree with the latest assessment, and why. The form
 * shows the assessment it answers, since the API records the response against the latest one.
 */
export function ResponseForm({
  commitmentId,
  assessor,
  assessment,
  entry: entryRef,
  personId,
  onPosted,
}: ResponseFormProps) {
  const entry = getFragmentData(ResponseFormEntryFragment, entryRef);
  const client = useApolloClient();
  const formRef = useRef<HTMLFormElement>(null);
  const draft = useDraft<StoredResponse>(`response:${personId}:${commitmentId}`, {
    stance: '',
    body: '',
    assessmentId: entry.id,
  });
  const [posted, setPosted] = useState(false);
  const post = usePostForm({
    formRef,
    problems: () => responseProblems(draft.value),
    order: () => ['stance', 'body'],
    send: () =>
      client.mutate({
        mutation: AddCommentMutation,
        variables: {
          input: { commitmentId, kind: 'RESPONSE', stance: draft.value.stance || null, body: draft.value.body.trim() },
        },
      }),
    onSent: () => {
      draft.clear();
      setPosted(true);
      onPosted();
    },
  });
  const problem = post.problem;

  const local = post.checked ? responseProblems(draft.value) : {};
  const serverField = problem?.kind === 'field' && ['stance', 'body'].includes(problem.field) ? problem : null;
  const fieldError = (field: 'stance' | 'body') =>
    local[field] ?? (serverField?.field === field ? serverField.message : null);
  const topError =
    problem && !serverField ? (
      <ProblemMessage problem={problem} />
    ) : Object.keys(local).length > 0 || serverField ? (
      'Your response was not posted. Check the marked fields below.'
    ) : null;
  const outdated = draft.restored && draft.value.assessmentId !== entry.id;

  const change = (patch: Partial<StoredResponse>) => {
    post.clearProblem();
    setPosted(false);
    draft.update((previous) => ({ ...previous, ...patch, assessmentId: entry.id }));
  };

  return (
    <form
      className="edit-form response-form"
      noValidate
      ref={formRef}
      aria-label="Respond to the assessment"
      onSubmit={(event) => {
        setPosted(false);
        void post.submit(event);
      }}
    >
      <div className="answering">
        <p className="answering__title">
          You are answering {assessor}’s assessment of{' '}
          <time dateTime={entry.createdAt}>{formatDate(entry.createdAt)}</time>:
        </p>
        <p className="answering__status">
          <StatusBadge status={assessment} />
          {entry.author ? <span className="answering__by">by {personLabel(entry.author)}</span> : null}
        </p>
        {entry.narrative ? <blockquote className="answering__quote">{excerpt(entry.narrative)}</blockquote> : null}
      </div>
      {draft.restored ? (
        <DraftRestored
          what="response"
          onDiscard={() => {
            draft.clear();
            post.reset();
            post.focus('stance');
          }}
        />
      ) : null}
      {outdated ? (
        <p className="response-form__outdated">
          A newer assessment has been posted since you wrote this draft. Check that your response still fits it.
        </p>
      ) : null}
      <FormMessages error={topError} success={posted ? 'Response posted. It is shown with the comments.' : null} />
      <RadioGroup
        legend="Does the party agree with this assessment?"
        name="stance"
        value={draft.value.stance}
        inline
        options={STANCES}
        error={fieldError('stance')}
        onChange={(stance) => change({ stance })}
      />
      <MarkdownField
        label="The party’s response"
        name="body"
        rows={4}
        value={draft.value.body}
        hint="Say why, and point to public evidence where there is some. It is published with your name."
        error={fieldError('body')}
        onChange={(body) => change({ body })}
      />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={post.posting}>
          {post.posting ? 'Posting…' : 'Post response'}
        </button>
      </div>
    </form>
  );
}
