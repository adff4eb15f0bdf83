import { useApolloClient, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../../__generated__';
import type { RecommendationResponse, ReportEditorQuery as ReportEditorData } from '../../../__generated__/graphql';
import { useRetry } from '../../../apollo/useRetry';
import { formatCount } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { reportPath } from '../../../routes/paths';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { CreateForm } from '../../../ui/forms/CreateForm';
import { EditForm } from '../../../ui/forms/EditForm';
import { EditorHeader } from '../components/EditorHeader';
import { EditorSection } from '../components/EditorSection';
import { RECOMMENDATION_FIELDS, REPORT_FIELDS } from '../components/fieldSets';
import { FindingsEditor } from '../components/FindingsEditor';
import { RecommendationEditor } from '../components/RecommendationEditor';
import { RevisionHistory } from '../components/RevisionHistory';
import { CreateRecommendationMutation, ReportEditorQuery, UpdateReportMutation } from '../graphql/editors';
import { emptyValues, savedValues } from '../../../ui/forms/fieldSpec';
import { useCreateForm } from '../../../ui/forms/useCreateForm';
import { useEditForm } from '../../../ui/forms/useEditForm';
import '../console-editors.css';

export const ReportEditorFragment = graphql(`
  fragment ReportEditor_report on Report {
    id
    slug
    title
    summary
    url
    publishedOn
    version
  }
`);

const ERROR_TITLE = 'The report could not be loaded';

type Report = NonNullable<ReportEditorData['report']>;

/**
 * `/console/reports/:slug` — the report's wording, its key findings and its recommendations (each
 * editable, with a way to add one), and its history.
 */
export function ReportEditorPage({ reportSlug }: { reportSlug: string }) {
  const result = useQuery(ReportEditorQuery, { variables: { slug: reportSlug } });
  const retry = useRetry(result);
  const report = result.data?.report;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (report ? `Edit ${getFragmentData(ReportEditorFragment, report).title} – Console` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="report" />;
  if (!report) return <LoadingNotice>Loading the report…</LoadingNotice>;
  return <ReportEditor report={report} reload={result.refetch} />;
}

function ReportEditor({ report, reload }: { report: Report; reload: () => Promise<unknown> }) {
  const client = useApolloClient();
  const saved = getFragmentData(ReportEditorFragment, report);

  const form = useEditForm({
    fields: REPORT_FIELDS,
    saved: savedValues(REPORT_FIELDS, saved),
    version: saved.version,
    reload,
    save: (input, version) =>
      client.mutate({
        mutation: UpdateReportMutation,
        variables: { input: { ...input, id: saved.id, version } },
        refetchQueries: ['EditorRevisions'],
      }),
  });

  const addRecommendation = useCreateForm({
    fields: RECOMMENDATION_FIELDS,
    initial: emptyValues(RECOMMENDATION_FIELDS),
    create: async (input) => {
      const { data } = await client.mutate({
        mutation: CreateRecommendationMutation,
        variables: {
          input: {
            ...input,
            reference: input.reference ?? '',
            title: input.title ?? '',
            response: (input.response ?? 'NO_RESPONSE') as RecommendationResponse,
            reportId: saved.id,
          },
        },
      });
      await reload().catch(() => undefined);
      return `${data?.createRecommendation.reference ?? 'The recommendation'} added at the end of the list.`;
    },
  });

  return (
    <div className="editor-page">
      <EditorHeader
        eyebrow={`${report.organisation.name} · Report`}
        title={saved.title}
        current={saved.title}
        publicPath={reportPath(report.organisation.slug, saved.slug)}
        publicLabel="See the public page of this report"
      />

      {/* On a phone: the form, the list, the history; on a wide screen the history sits beside the form. */}
      <div className="editor-grid">
        <div className="editor-grid__form">
          <EditorSection title="The report" intro="Every edit is kept in the report’s history.">
            <EditForm form={form} label="Edit the report" />
          </EditorSection>
        </div>
        <div className="editor-grid__list">
          <FindingsEditor reportId={saved.id} findings={report.findings} reload={reload} />
          <EditorSection
            title="Recommendations"
            intro={`${formatCount(report.recommendations.length, 'recommendation')}, in the report’s order, with the party’s response to each.`}
          >
            {report.recommendations.length === 0 ? (
              <p className="muted">No recommendations yet: add the first below.</p>
            ) : (
              <ol className="editor-items editor-items--grid">
                {report.recommendations.map((recommendation) => (
                  <RecommendationEditor
                    key={recommendation.id}
                    recommendation={recommendation}
                    answeredBy={recommendation.commitments}
                    reload={reload}
                  />
                ))}
              </ol>
            )}
            <div className="editor-add">
              <h3>Add a recommendation</h3>
              <CreateForm form={addRecommendation} label="Add a recommendation" submitLabel="Add the recommendation" />
            </div>
          </EditorSection>
        </div>
        <div className="editor-grid__history">
          <EditorSection title="History of the report">
            <RevisionHistory subjectType="REPORT" subjectId={saved.id} what="the report" />
          </EditorSection>
        </div>
      </div>
    </div>
  );
}
