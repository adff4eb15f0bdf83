import { useApolloClient, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../../__generated__';
import type { PlanEditorQuery as PlanEditorData } from '../../../__generated__/graphql';
import { useRetry } from '../../../apollo/useRetry';
import { formatCount, formatDate } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Link } from '../../../router';
import { consoleCommitmentPath, consoleReportPath, consoleRoundtablesPath, planPath } from '../../../routes/paths';
import { DeadlineBadge, FlagBadge } from '../../../ui/Badges';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { Reference } from '../../../ui/Reference';
import { StatusBadge } from '../../../ui/StatusBadge';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { EditForm } from '../../../ui/forms/EditForm';
import { EditorHeader } from '../components/EditorHeader';
import { EditorSection } from '../components/EditorSection';
import { PlanDataFiles } from '../components/PlanDataFiles';
import { PlanPublication } from '../components/PlanPublication';
import { COMMITMENT_FIELDS, PLAN_FIELDS } from '../components/fieldSets';
import { RevisionHistory } from '../components/RevisionHistory';
import { CreateCommitmentMutation, PlanEditorQuery, UpdatePlanMutation } from '../graphql/editors';
import { emptyValues, savedValues } from '../../../ui/forms/fieldSpec';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { useEditForm } from '../../../ui/forms/useEditForm';
import '../console-editors.css';

export const PlanEditorFragment = graphql(`
  fragment PlanEditor_plan on ActionPlan {
    id
    slug
    title
    counterpart
    description
    agreedOn
    publishedAt
    unpublishedReason
    version
  }
`);

const ERROR_TITLE = 'The plan could not be loaded';

type Plan = NonNullable<PlanEditorData['plan']>;

/** `/console/plans/:plan` — the plan's wording and date, its commitments, a way to add one, and its history. */
export function PlanEditorPage({ planSlug }: { planSlug: string }) {
  const result = useQuery(PlanEditorQuery, { variables: { slug: planSlug } });
  const retry = useRetry(result);
  const plan = result.data?.plan;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (plan ? `Edit ${getFragmentData(PlanEditorFragment, plan).title} – Console` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="plan" />;
  if (!plan) return <LoadingNotice>Loading the plan…</LoadingNotice>;
  return <PlanEditor plan={plan} reload={result.refetch} />;
}

function PlanEditor({ plan, reload }: { plan: Plan; reload: () => Promise<unknown> }) {
  const client = useApolloClient();
  const saved = getFragmentData(PlanEditorFragment, plan);
  const refresh = () => void reload().catch(() => undefined);

  const form = useEditForm({
    fields: PLAN_FIELDS,
    saved: savedValues(PLAN_FIELDS, saved),
    version: saved.version,
    reload,
    save: (input, version) =>
      client.mutate({
        mutation: UpdatePlanMutation,
        variables: { input: { ...input, id: saved.id, version } },
        refetchQueries: ['EditorRevisions'],
      }),
  });

  const addCommitment = useCreateForm({
    fields: COMMITMENT_FIELDS,
    initial: emptyValues(COMMITMENT_FIELDS),
    create: async (input) => {
      const { data } = await client.mutate({
        mutation: CreateCommitmentMutation,
        variables: {
          input: { ...input, reference: input.reference ?? '', title: input.title ?? '', planId: saved.id },
        },
      });
      refresh();
      const created = data?.createCommitment;
      if (!created) return 'Commitment added.';
      return (
        <>
          {created.reference} added.{' '}
          <Link to={consoleCommitmentPath(saved.slug, created.reference)}>
            Open {created.reference} to add its milestones and link it to recommendations
          </Link>
          .
        </>
      );
    },
  });

  const commitments = plan.commitments.edges.map((edge) => edge.node);

  return (
    <div className="editor-page">
      <EditorHeader
        eyebrow={`${plan.organisation.name} · Action plan`}
        title={saved.title}
        current={saved.title}
        publicPath={planPath(plan.organisation.slug, saved.slug)}
        publicLabel={
          saved.publishedAt ? 'See the public dashboard of this plan' : 'Preview the dashboard of this draft'
        }
      >
        <PlanPublication plan={saved} reload={reload} />
      </EditorHeader>

      {/* On a phone: the form, the list, the history; on a wide screen the history sits beside the form. */}
      <div className="editor-grid">
        <div className="editor-grid__form">
          <EditorSection title="The plan" intro="Every edit is kept in the plan’s history.">
            <EditForm form={form} label="Edit the plan" />
            <div className="editor-related">
              <h3>Roundtables</h3>
              <p>
                <Link to={consoleRoundtablesPath(saved.slug)}>
                  Run the plan’s roundtables: announce them, see who registered, record what was raised
                </Link>
              </p>
            </div>
            {plan.reports.length > 0 ? (
              <div className="editor-related">
                <h3>Reports it answers</h3>
                <ul>
                  {plan.reports.map((report) => (
                    <li key={report.slug}>
                      <Link to={consoleReportPath(report.slug)}>Edit “{report.title}” and its recommendations</Link>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </EditorSection>
          <PlanDataFiles organisationSlug={plan.organisation.slug} planSlug={saved.slug} draft={!saved.publishedAt} />
        </div>
        <div className="editor-grid__list">
          <EditorSection
            title="Commitments"
            intro={`${formatCount(plan.commitments.totalCount, 'commitment')}, in plan order. Open one to edit it, record its progress, link recommendations and set milestones.`}
          >
            {commitments.length === 0 ? (
              <p className="muted">No commitments yet: add the first below.</p>
            ) : (
              <ul className="editor-items editor-items--grid">
                {commitments.map((commitment) => (
                  <li key={commitment.id} className="editor-item">
                    <h3 className="editor-item__title">
                      <Link to={consoleCommitmentPath(saved.slug, commitment.reference)}>
                        <Reference>{commitment.reference}</Reference>
                        {commitment.title}
                      </Link>
                    </h3>
                    <p className="editor-item__meta">
                      <StatusBadge status={commitment.assessment} prefix="Assessment" />
                      <DeadlineBadge status={commitment.deadline} />
                      {commitment.verifiable ? null : <FlagBadge>Unverifiable</FlagBadge>}
                    </p>
                    <p className="editor-item__facts">
                      {commitment.owner ?? 'No owner'} ·{' '}
                      {commitment.dueDate ? `due ${formatDate(commitment.dueDate)}` : 'no due date'}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {plan.commitments.totalCount > commitments.length ? (
              <p className="muted">
                The first {commitments.length} are listed here;{' '}
                <Link to={planPath(plan.organisation.slug, saved.slug)}>the public pages list them all</Link>.
              </p>
            ) : null}
            <div className="editor-add">
              <h3>Add a commitment</h3>
              <p className="section-intro">
                It is added at the end of the plan. Milestones and links to recommendations are set in its own editor.
              </p>
              <CreateForm form={addCommitment} label="Add a commitment" submitLabel="Add the commitment" />
            </div>
          </EditorSection>
        </div>
        <div className="editor-grid__history">
          <EditorSection title="History of the plan">
            <RevisionHistory subjectType="PLAN" subjectId={saved.id} what="the plan" />
          </EditorSection>
        </div>
      </div>
    </div>
  );
}
