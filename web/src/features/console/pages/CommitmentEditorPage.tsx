import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql } from '../../../__generated__';
import type { CommitmentEditorQuery as CommitmentEditorData } from '../../../__generated__/graphql';
import { useRetry } from '../../../apollo/useRetry';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { missingPartsLabel } from '../../../lib/labels';
import { Link, useNavigate } from '../../../router';
import { commitmentPath, consoleCommitmentPath, consolePlanPath } from '../../../routes/paths';
import { DeadlineBadge } from '../../../ui/Badges';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { NOT_FOUND_TITLE, NotFoundPage } from '../../../ui/NotFoundPage';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { Reference } from '../../../ui/Reference';
import { StatusBadge } from '../../../ui/StatusBadge';
import { HistoryList, HistoryListFragment } from '../../commitments/components/HistoryList';
import { StatusComposer } from '../../ledger';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { EditForm } from '../../../ui/forms/EditForm';
import { EditorHeader } from '../components/EditorHeader';
import { EditorSection } from '../components/EditorSection';
import { COMMITMENT_FIELDS, MILESTONE_FIELDS } from '../components/fieldSets';
import { MilestoneEditor } from '../components/MilestoneEditor';
import { RecommendationLinks } from '../components/RecommendationLinks';
import {
  CommitmentEditorQuery,
  CommitmentEditorReloadQuery,
  CreateMilestoneMutation,
  UpdateCommitmentMutation,
} from '../graphql/editors';
import { emptyValues, savedValues } from '../../../ui/forms/fieldSpec';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { useEditForm } from '../../../ui/forms/useEditForm';
import '../console-editors.css';

export const CommitmentEditorFragment = graphql(`
  fragment CommitmentEditor_commitment on Commitment {
    id
    reference
    title
    description
    owner
    successCriteria
    dueDate
    theme
    version
    verifiable
    deadline
  }
`);

const ERROR_TITLE = 'The commitment could not be loaded';

// The page is long on a phone: its contents let a volunteer go straight to the task at hand.
const SECTIONS = [
  { id: 'details', label: 'Details' },
  { id: 'progress', label: 'Record progress' },
  { id: 'milestones', label: 'Milestones' },
  { id: 'recommendations', label: 'Recommendations' },
  { id: 'history', label: 'History' },
];

export interface CommitmentEditorPageProps {
  planSlug: string;
  reference: string;
}

/**
 * `/console/plans/:plan/commitments/:ref` — everything the executive keeps about one
 * commitment: its wording and dates, its status updates, the recommendations it answers, its
 * milestones, and its history.
 */
export function CommitmentEditorPage({ planSlug, reference }: CommitmentEditorPageProps) {
  const result = useQuery(CommitmentEditorQuery, { variables: { slug: planSlug, reference } });
  const retry = useRetry(result);
  const plan = result.data?.plan;
  const commitment = plan?.commitment;
  const saved = commitment && getFragmentData(CommitmentEditorFragment, commitment);
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (plan && !commitment ? NOT_FOUND_TITLE : null) ??
      (saved ? `Edit ${saved.reference}: ${saved.title} – Console` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="commitment" />;
  if (!plan) return <LoadingNotice>Loading the commitment…</LoadingNotice>;
  if (!commitment) return <NotFoundPage what="commitment" />;

  const { history } = getFragmentData(HistoryListFragment, commitment);
  const showMoreHistory = () => result.fetchMore({ variables: { historyAfter: history.pageInfo.endCursor } });
  return (
    <CommitmentEditor
      plan={plan}
      commitment={commitment}
      routeReference={reference}
      reload={result.refetch}
      showMoreHistory={showMoreHistory}
    />
  );
}

type Plan = NonNullable<CommitmentEditorData['plan']>;
type Commitment = NonNullable<Plan['commitment']>;

interface CommitmentEditorProps {
  plan: Plan;
  commitment: Commitment;
  /** The reference in the page's address. */
  routeReference: string;
  /** Loads the page's query again from the server. */
  reload: () => Promise<unknown>;
  showMoreHistory: () => Promise<unknown>;
}

function CommitmentEditor({ plan, commitment, routeReference, reload, showMoreHistory }: CommitmentEditorProps) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [loadingMore, setLoadingMore] = useState(false);
  const refresh = () => void reload().catch(() => undefined);
  const saved = getFragmentData(CommitmentEditorFragment, commitment);

  const form = useEditForm({
    fields: COMMITMENT_FIELDS,
    saved: savedValues(COMMITMENT_FIELDS, saved),
    version: saved.version,
    // By id, not by the page's query: that finds the commitment by the reference in the
    // address, which someone else may have changed.
    reload: () =>
      client.query({
        query: CommitmentEditorReloadQuery,
        variables: { id: saved.id },
        fetchPolicy: 'network-only',
      }),
    save: async (input, version) => {
      const { data } = await client.mutate({
        mutation: UpdateCommitmentMutation,
        variables: { input: { ...input, id: saved.id, version } },
      });
      const updated = data?.updateCommitment;
      // The address names the reference: a new one moves the editor to its new address.
      if (updated && updated.reference !== routeReference) {
        navigate(consoleCommitmentPath(plan.slug, updated.reference), { replace: true });
      } else {
        refresh();
      }
    },
  });

  const addMilestone = useCreateForm({
    fields: MILESTONE_FIELDS,
    initial: emptyValues(MILESTONE_FIELDS),
    create: async (input) => {
      const { data } = await client.mutate({
        mutation: CreateMilestoneMutation,
        variables: { input: { ...input, title: input.title ?? '', commitmentId: saved.id } },
      });
      refresh();
      return `Milestone “${data?.createMilestone.title ?? ''}” added below the others.`;
    },
  });

  const showMore = () => {
    setLoadingMore(true);
    showMoreHistory()
      .catch(() => undefined)
      .finally(() => setLoadingMore(false));
  };
  const label = `${saved.reference} · ${saved.title}`;

  return (
    <div className="editor-page">
      <EditorHeader
        eyebrow={`${plan.organisation.name} · ${plan.title}`}
        title={
          <>
            <Reference large>{saved.reference}</Reference>
            {saved.title}
          </>
        }
        trail={[{ label: plan.title, to: consolePlanPath(plan.slug) }]}
        current={saved.reference}
        publicPath={commitmentPath(plan.organisation.slug, plan.slug, saved.reference)}
        publicLabel="See the public page of this commitment"
      >
        <p className="editor-header__badges">
          <StatusBadge status={commitment.assessment} prefix="Assessment" />
          <StatusBadge status={commitment.partyReported} prefix="Party says" />
          <DeadlineBadge status={saved.deadline} />
        </p>
      </EditorHeader>
      <nav className="editor-contents" aria-label="On this page">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <Link to={`#${section.id}`}>{section.label}</Link>
            </li>
          ))}
        </ul>
      </nav>

      <div className="editor-layout">
        <div className="editor-layout__main">
          <EditorSection
            id="details"
            title="The commitment"
            intro="An owner, a due date and success criteria make it verifiable; every edit is kept in its history."
          >
            {!saved.verifiable ? (
              <p className="callout callout--unverifiable">
                Not verifiable yet: it has {missingPartsLabel(saved)}, so it is counted as unverifiable.
              </p>
            ) : null}
            <EditForm form={form} label={`Edit ${saved.reference}`} />
          </EditorSection>

          <EditorSection
            id="progress"
            title="Record its progress"
            intro="A status update is a new, permanent entry in the public record. To correct one, post another."
          >
            <StatusComposer
              subject={{ type: 'COMMITMENT', id: saved.id, label }}
              lenses={['ASSESSMENT', 'PARTY_REPORTED']}
              onPosted={refresh}
            />
          </EditorSection>

          <EditorSection
            id="milestones"
            title="Milestones"
            intro="Dated steps towards the commitment. Open one to edit it or to record its progress."
          >
            {commitment.milestones.length === 0 ? (
              <p className="muted">No milestones yet.</p>
            ) : (
              <ol className="editor-items">
                {commitment.milestones.map((milestone) => (
                  <MilestoneEditor key={milestone.id} milestone={milestone} reload={reload} />
                ))}
              </ol>
            )}
            <div className="editor-add">
              <h3>Add a milestone</h3>
              <CreateForm form={addMilestone} label="Add a milestone" submitLabel="Add the milestone" />
            </div>
          </EditorSection>
        </div>

        <div className="editor-layout__side">
          <EditorSection
            id="recommendations"
            title="Recommendations it answers"
            intro="Tick each recommendation this commitment answers; a change is saved at once."
          >
            <RecommendationLinks
              commitmentId={saved.id}
              reports={plan.reports}
              linked={new Set(commitment.recommendations.map((recommendation) => recommendation.id))}
            />
          </EditorSection>

          <div id="history" tabIndex={-1}>
            <HistoryList
              commitment={commitment}
              milestoneTitles={new Map(commitment.milestones.map((milestone) => [milestone.id, milestone.title]))}
              loadingMore={loadingMore}
              onShowMore={showMore}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
