import { useApolloClient } from '@apollo/client/react';
import { useId, useState } from 'react';
import { mutationProblem, type MutationProblem } from '../../../ui/forms/mutationProblem';
import { Reference } from '../../../ui/Reference';
import { LinkRecommendationMutation } from '../graphql/editors';
import { EditorMessages } from '../../../ui/forms/EditorMessages';

interface Recommendation {
  id: string;
  reference: string;
  title: string;
}

export interface RecommendationLinksProps {
  commitmentId: string;
  /** The reports the plan answers, with their recommendations. */
  reports: readonly { slug: string; title: string; recommendations: readonly Recommendation[] }[];
  /** Ids of the recommendations the commitment answers now. */
  linked: ReadonlySet<string>;
}

/**
 * One checkbox per recommendation of the reports the plan answers; ticking links it at once,
 * unticking removes the link. A box shows the change while it is being saved, and the server's
 * answer afterwards.
 */
export function RecommendationLinks({ commitmentId, reports, linked }: RecommendationLinksProps) {
  const id = useId();
  const client = useApolloClient();
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [problem, setProblem] = useState<MutationProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const toggle = async (recommendation: Recommendation, link: boolean) => {
    if (pending.has(recommendation.id)) return;
    setPending((previous) => new Map(previous).set(recommendation.id, link));
    setProblem(null);
    setDone(null);
    try {
      await client.mutate({
        mutation: LinkRecommendationMutation,
        variables: { input: { commitmentId, recommendationId: recommendation.id, unlink: !link } },
      });
      setDone(link ? `Linked to ${recommendation.reference}.` : `${recommendation.reference} is no longer linked.`);
    } catch (error) {
      setProblem(mutationProblem(error));
    } finally {
      setPending((previous) => {
        const next = new Map(previous);
        next.delete(recommendation.id);
        return next;
      });
    }
  };

  if (reports.every((report) => report.recommendations.length === 0)) {
    return <p className="muted">The plan answers no report with recommendations yet.</p>;
  }

  return (
    <div className="link-list">
      <EditorMessages problem={problem} fields={[]} success={done} />
      {reports
        .filter((report) => report.recommendations.length > 0)
        .map((report) => (
          <fieldset key={report.slug} className="link-list__report">
            <legend>Recommendations of “{report.title}”</legend>
            <ul>
              {report.recommendations.map((recommendation) => {
                const boxId = `${id}-${recommendation.id}`;
                const saving = pending.has(recommendation.id);
                return (
                  <li key={recommendation.id} className="link-list__item">
                    <input
                      id={boxId}
                      type="checkbox"
                      checked={pending.get(recommendation.id) ?? linked.has(recommendation.id)}
                      aria-busy={saving || undefined}
                      onChange={(event) => void toggle(recommendation, event.target.checked)}
                    />
                    <label htmlFor={boxId}>
                      <Reference>{recommendation.reference}</Reference>
                      {recommendation.title}
                      {saving ? <span className="link-list__saving"> (saving…)</span> : null}
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        ))}
    </div>
  );
}
