import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../../__generated__';
import type { RecommendationResponse } from '../../../__generated__/graphql';
import { Link } from '../../../router';
import { consoleCommitmentPath } from '../../../routes/paths';
import { ResponseBadge } from '../../../ui/Badges';
import { Reference } from '../../../ui/Reference';
import { UpdateRecommendationMutation } from '../graphql/editors';
import { savedValues } from '../../../ui/forms/fieldSpec';
import { useEditForm } from '../../../ui/forms/useEditForm';
import { EditForm } from '../../../ui/forms/EditForm';
import { RECOMMENDATION_FIELDS } from './fieldSets';
import { RevisionHistory } from './RevisionHistory';

export const RecommendationEditorFragment = graphql(`
  fragment RecommendationEditor_recommendation on Recommendation {
    id
    reference
    title
    body
    theme
    response
    version
  }
`);

export interface RecommendationEditorProps {
  recommendation: FragmentType<typeof RecommendationEditorFragment>;
  /** The commitments that answer it, each with its plan, to link to their editors. */
  answeredBy: readonly { id: string; reference: string; plan: { slug: string } }[];
  reload: () => Promise<unknown>;
}

/** One recommendation of a report: what answers it, its edit form and its history, each behind a disclosure. */
export function RecommendationEditor({
  recommendation: recommendationRef,
  answeredBy,
  reload,
}: RecommendationEditorProps) {
  const client = useApolloClient();
  const recommendation = getFragmentData(RecommendationEditorFragment, recommendationRef);
  const [historyOpen, setHistoryOpen] = useState(false);
  const form = useEditForm({
    fields: RECOMMENDATION_FIELDS,
    saved: savedValues(RECOMMENDATION_FIELDS, recommendation),
    version: recommendation.version,
    reload,
    save: (input, version) =>
      client.mutate({
        mutation: UpdateRecommendationMutation,
        variables: {
          input: {
            ...input,
            response: input.response ? (input.response as RecommendationResponse) : undefined,
            id: recommendation.id,
            version,
          },
        },
        refetchQueries: ['EditorRevisions'],
      }),
  });
  const name = `${recommendation.reference} “${recommendation.title}”`;

  return (
    <li className="editor-item">
      <h3 className="editor-item__title">
        <Reference>{recommendation.reference}</Reference>
        {recommendation.title}
      </h3>
      <p className="editor-item__meta">
        <ResponseBadge response={recommendation.response} />
        {recommendation.theme ? <span>Theme: {recommendation.theme}</span> : null}
      </p>
      <p className="editor-item__facts">
        {answeredBy.length === 0 ? (
          'No commitment answers it yet.'
        ) : (
          <>
            Answered by{' '}
            {answeredBy.map((commitment, index) => (
              <span key={commitment.id}>
                {index > 0 ? ', ' : null}
                <Link to={consoleCommitmentPath(commitment.plan.slug, commitment.reference)}>
                  {commitment.reference}
                </Link>
              </span>
            ))}
          </>
        )}
      </p>
      <div className="editor-item__actions">
        <details className="editor-disclosure">
          <summary>
            Edit<span className="visually-hidden"> {name}</span>
          </summary>
          <EditForm form={form} label={`Edit ${recommendation.reference}`} />
        </details>
        <details className="editor-disclosure" onToggle={(event) => setHistoryOpen(event.currentTarget.open)}>
          <summary>
            History<span className="visually-hidden"> of {name}</span>
          </summary>
          {historyOpen ? (
            <RevisionHistory
              subjectType="RECOMMENDATION"
              subjectId={recommendation.id}
              what={recommendation.reference}
            />
          ) : null}
        </details>
      </div>
    </li>
  );
}
