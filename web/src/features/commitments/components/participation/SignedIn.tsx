import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../../__generated__';
import { personLabel, roleLabel, type Role } from '../../../../lib/labels';
import { useDraft } from '../../../../ui/forms/useDraft';
import { StatusComposer } from '../../../ledger';
import type { CommentDraft } from '../../lib/comments';
import { ParticipationWorkspaceQuery } from '../../graphql/participation';
import { CommentForm } from './CommentForm';
import { ResponseForm } from './ResponseForm';
import '../../participation.css';

/*
 * What a signed-in reader can do on a commitment's page: comment, reply and, for a liaison of
 * the plan, respond to the assessment and post the party's account. The page loads this
 * module only for someone signed in, so anonymous visitors never download it.
 */

export interface Viewer {
  id: string;
  displayName: string;
  role: Role;
}

/** What the right of reply needs of a commitment: the latest assessment, which a response answers. */
export const LiaisonPanelFragment = graphql(`
  fragment LiaisonPanel_commitment on Commitment {
    id
    reference
    title
    assessment
    assessmentEntry {
      ...ResponseForm_entry
    }
  }
`);

const EMPTY_COMMENT: CommentDraft = { body: '' };

/** The form under the comments for a new thread. */
export function NewComment({
  commitmentId,
  viewer,
  onPosted,
}: {
  commitmentId: string;
  viewer: Viewer;
  onPosted: () => void;
}) {
  const headingId = useId();
  const draft = useDraft(`comment:${viewer.id}:${commitmentId}`, EMPTY_COMMENT);
  return (
    <section className="new-comment" aria-labelledby={headingId}>
      <h3 id={headingId}>Add a comment</h3>
      <CommentForm
        commitmentId={commitmentId}
        draft={draft}
        what="comment"
        name="Add a comment"
        label="Your comment"
        hint={`Public, shown as “${personLabel(viewer)}”. Moderators may hide comments that break the rules.`}
        onPosted={onPosted}
      />
    </section>
  );
}

/** "Reply" under a comment, opening a reply form; a saved reply draft opens it again after a reload. */
export function ReplyControl({
  comment,
  commitmentId,
  viewer,
  onPosted,
}: {
  comment: { id: string; author: { displayName: string; role: Role } };
  commitmentId: string;
  viewer: Viewer;
  onPosted: () => void;
}) {
  const formId = useId();
  const draft = useDraft(`reply:${viewer.id}:${comment.id}`, EMPTY_COMMENT);
  const [open, setOpen] = useState(draft.restored);
  const [posted, setPosted] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open || !returnFocus.current) return;
    returnFocus.current = false;
    buttonRef.current?.focus();
  }, [open]);

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  const author = personLabel(comment.author);

  return (
    <div className="reply">
      <div className="reply__bar">
        <button
          type="button"
          className="reply__toggle"
          ref={buttonRef}
          aria-expanded={open}
          aria-controls={open ? formId : undefined}
          aria-label={`Reply to ${author}`}
          onClick={() => {
            setPosted(false);
            setOpen(!open);
          }}
        >
          Reply
        </button>
        <p className="reply__posted" aria-live="polite">
          {posted ? 'Reply posted.' : ''}
        </p>
      </div>
      {open ? (
        <div id={formId}>
          <CommentForm
            commitmentId={commitmentId}
            parentId={comment.id}
            draft={draft}
            what="reply"
            name={`Reply to ${author}`}
            label={`Your reply to ${author}`}
            onPosted={() => {
              setPosted(true);
              close();
              onPosted();
            }}
            onCancel={() => {
              draft.clear();
              close();
            }}
          />
        </div>
      ) : null}
    </div>
  );
}

export interface LiaisonPanelProps {
  viewer: Viewer;
  planId: string;
  commitment: FragmentType<typeof LiaisonPanelFragment>;
  /** Who assesses ("Labour Muslim Network") and who answers for the plan ("Labour Party"). */
  assessor: string;
  counterpart: string;
  onPosted: () => void;
}

/**
 * The right of reply, for a liaison of this plan only: respond to the latest assessment, and
 * post the party's own account with its evidence. Anyone else sees nothing here.
 */
export function LiaisonPanel({
  viewer,
  planId,
  commitment: commitmentRef,
  assessor,
  counterpart,
  onPosted,
}: LiaisonPanelProps) {
  const headingId = useId();
  const commitment = getFragmentData(LiaisonPanelFragment, commitmentRef);
  const isLiaison = viewer.role === 'LIAISON';
  const workspace = useQuery(ParticipationWorkspaceQuery, { skip: !isLiaison });
  const speaksForPlan = workspace.data?.workspace.plans.some((plan) => plan.id === planId) ?? false;
  if (!isLiaison || !speaksForPlan) return null;

  return (
    <section className="commitment-section right-of-reply" aria-labelledby={headingId}>
      <h2 id={headingId}>The party’s right of reply</h2>
      <p className="section-intro">
        You are signed in as {viewer.displayName}, {roleLabel(viewer.role).toLowerCase()} for {counterpart}. Answer{' '}
        {assessor}’s assessment, or give the party’s own account of progress with its evidence. Both are public and
        shown with your name; neither changes the assessment.
      </p>
      <div className="right-of-reply__parts">
        <div className="right-of-reply__part">
          <h3>Respond to the assessment</h3>
          {commitment.assessmentEntry && commitment.assessment !== 'NOT_YET_ASSESSED' ? (
            <ResponseForm
              commitmentId={commitment.id}
              assessor={assessor}
              assessment={commitment.assessment}
              entry={commitment.assessmentEntry}
              personId={viewer.id}
              onPosted={onPosted}
            />
          ) : (
            <p>
              {assessor} has not assessed this commitment yet, so there is nothing to respond to. You can still comment
              below or give the party’s account.
            </p>
          )}
        </div>
        <div className="right-of-reply__part">
          <h3>Give the party’s account</h3>
          <StatusComposer
            subject={{ type: 'COMMITMENT', id: commitment.id, label: `${commitment.reference} · ${commitment.title}` }}
            lenses={['PARTY_REPORTED']}
            onPosted={onPosted}
          />
        </div>
      </div>
    </section>
  );
}
