import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { getFragmentData } from '../../../__generated__';
import { useRetry } from '../../../apollo/useRetry';
import { formatDate } from '../../../lib/format';
import { Link } from '../../../router';
import { CurrentUserQuery } from '../../account';
import { useToday } from '../../../lib/today';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { missingPartsLabel } from '../../../lib/labels';
import { commitmentPath, commitmentsPath, homePath, planPath, signInPath } from '../../../routes/paths';
import { Breadcrumbs } from '../../../ui/Breadcrumbs';
import { IllustrativeBanner } from '../../../ui/IllustrativeBanner';
import { LoadingNotice } from '../../../ui/LoadingNotice';
import { NOT_FOUND_TITLE, NotFoundPage } from '../../../ui/NotFoundPage';
import { problemTitle, QueryProblem } from '../../../ui/QueryProblem';
import { OpenDataLicence } from '../../plans/components/OpenData';
import { CommentsList } from '../components/CommentsList';
import { HistoryList, HistoryListFragment } from '../components/HistoryList';
import { MilestoneTimeline } from '../components/MilestoneTimeline';
import { RecommendationsAnswered } from '../components/RecommendationsAnswered';
import { ThreeLenses } from '../components/ThreeLenses';
import { CommitmentPageQuery } from '../graphql/commitmentPage';
import { EmbedOrShare } from '../../embed/EmbedOrShare';
import { CommitmentChangedSubscription, LiveRefresh } from '../../live';
import { Reference } from '../../../ui/Reference';
import { RoundtableAsksAnswered } from '../../roundtables/components/RoundtableAsksAnswered';
import { FollowPlan, FollowSection } from '../../follow';
import '../commitment-page.css';

const ERROR_TITLE = 'The commitment could not be loaded';

// Commenting, replying and the liaison's right of reply are one chunk, downloaded only once
// someone is signed in: an anonymous first visit stays as light as before.
const signedIn = () => import('../components/participation/SignedIn');
const NewComment = lazy(() => signedIn().then((module) => ({ default: module.NewComment })));
const ReplyControl = lazy(() => signedIn().then((module) => ({ default: module.ReplyControl })));
const LiaisonPanel = lazy(() => signedIn().then((module) => ({ default: module.LiaisonPanel })));

export interface CommitmentPageProps {
  organisationSlug: string;
  planSlug: string;
  reference: string;
}

/** `/:org/:plan/commitments/:ref` — one commitment, its lenses, milestones, history and comments. */
export function CommitmentPage({ organisationSlug, planSlug, reference }: CommitmentPageProps) {
  const result = useQuery(CommitmentPageQuery, { variables: { slug: planSlug, reference } });
  const retry = useRetry(result);
  // The header asks the same; this is answered from the cache. undefined: not known yet.
  const viewer = useQuery(CurrentUserQuery).data?.me;
  const today = useToday();
  const [loadingMore, setLoadingMore] = useState<'history' | 'comments' | null>(null);
  const plan = result.data?.plan;
  const commitment = plan?.commitment;
  const wrongOrganisation = plan && plan.organisation.slug !== organisationSlug;
  useDocumentTitle(
    problemTitle(retry, ERROR_TITLE) ??
      (plan && (wrongOrganisation || !commitment) ? NOT_FOUND_TITLE : null) ??
      (plan && commitment ? `${commitment.reference}: ${commitment.title} – ${plan.title}` : null),
  );

  if (retry.error) return <QueryProblem {...retry} title={ERROR_TITLE} what="commitment" />;
  if (!plan) return <LoadingNotice>Loading the commitment…</LoadingNotice>;
  if (wrongOrganisation || !commitment) return <NotFoundPage what="commitment" />;

  const { comments } = commitment;
  // Where the next page of the history starts: its cursor is in the history list's own fragment.
  const { history } = getFragmentData(HistoryListFragment, commitment);
  const showMore = (what: 'history' | 'comments') => {
    setLoadingMore(what);
    // Both connections are asked for from where they stand, so neither list starts over.
    result
      .fetchMore({
        variables: {
          historyAfter: history.pageInfo.endCursor,
          commentsAfter: comments.pageInfo.endCursor,
        },
      })
      .catch(() => undefined)
      .finally(() => setLoadingMore(null));
  };

  // After a comment, response or update is posted, the page shows it from the server.
  const refresh = () => {
    result.refetch().catch(() => undefined);
  };

  const reportOf = new Map(
    plan.reports.flatMap((report) =>
      report.recommendations.map((recommendation) => [recommendation.id, { slug: report.slug, title: report.title }]),
    ),
  );

  return (
    <div className="commitment-page">
      <Breadcrumbs
        trail={[
          { label: 'All plans', to: homePath() },
          { label: plan.title, to: planPath(organisationSlug, plan.slug) },
          { label: 'Commitments', to: commitmentsPath(organisationSlug, plan.slug) },
        ]}
        current={commitment.reference}
      />
      <header className="page-header">
        <p className="page-header__eyebrow">
          {plan.organisation.name} · {plan.title}
        </p>
        <h1>
          <Reference large>{commitment.reference}</Reference>
          {commitment.title}
        </h1>
        {plan.publishedAt ? <OpenDataLicence organisation={plan.organisation} /> : null}
        {commitment.isIllustrative ? (
          <IllustrativeBanner>This commitment is an example, not the organisation’s own record.</IllustrativeBanner>
        ) : null}
        <div className="commitment-header">
          {commitment.description ? <p className="lede">{commitment.description}</p> : null}
          <dl className="facts">
            <div>
              <dt>Owner</dt>
              <dd>{commitment.owner ?? 'Not named'}</dd>
            </div>
            <div>
              <dt>Due</dt>
              <dd>{commitment.dueDate ? formatDate(commitment.dueDate) : 'No due date'}</dd>
            </div>
            <div>
              <dt>Theme</dt>
              <dd>{commitment.theme ?? 'None'}</dd>
            </div>
            <div className="facts__wide">
              <dt>Success criteria</dt>
              <dd>{commitment.successCriteria ?? 'None set'}</dd>
            </div>
          </dl>
        </div>
        {!commitment.verifiable ? (
          <div className="callout callout--unverifiable">
            <p className="callout__title">This commitment cannot be checked</p>
            <p>
              It has {missingPartsLabel(commitment)}, so nobody can say whether it has been kept. It is counted on the
              dashboard as unverifiable.
            </p>
          </div>
        ) : null}
        <LiveRefresh
          subscription={CommitmentChangedSubscription}
          variables={{ id: commitment.id }}
          seen={plan.changeSequence}
          refetch={result.refetch}
        />
      </header>

      <ThreeLenses commitment={commitment} assessor={plan.organisation.name} counterpart={plan.counterpart} />
      {viewer ? (
        <Suspense fallback={null}>
          <LiaisonPanel
            viewer={viewer}
            planId={plan.id}
            commitment={commitment}
            assessor={plan.organisation.name}
            counterpart={plan.counterpart}
            onPosted={refresh}
          />
        </Suspense>
      ) : null}
      <div className="commitment-layout">
        <div className="commitment-layout__main">
          <MilestoneTimeline milestones={commitment.milestones} today={today} />
          <HistoryList
            commitment={commitment}
            milestoneTitles={new Map(commitment.milestones.map((milestone) => [milestone.id, milestone.title]))}
            loadingMore={loadingMore === 'history'}
            onShowMore={() => showMore('history')}
          />
        </div>
        <div className="commitment-layout__side">
          <RecommendationsAnswered
            organisationSlug={organisationSlug}
            recommendations={commitment.recommendations.map((recommendation) => ({
              ...recommendation,
              report: reportOf.get(recommendation.id) ?? null,
            }))}
          />
          <RoundtableAsksAnswered organisationSlug={organisationSlug} planSlug={plan.slug} commitment={commitment} />
          <CommentsList
            comments={comments.edges.map((edge) => edge.node)}
            totalCount={comments.totalCount}
            hasMore={comments.pageInfo.hasNextPage}
            loadingMore={loadingMore === 'comments'}
            onShowMore={() => showMore('comments')}
            renderReply={
              viewer
                ? (comment) => (
                    <Suspense fallback={null}>
                      <ReplyControl comment={comment} commitmentId={commitment.id} viewer={viewer} onPosted={refresh} />
                    </Suspense>
                  )
                : undefined
            }
          >
            {viewer ? (
              <Suspense fallback={null}>
                <NewComment commitmentId={commitment.id} viewer={viewer} onPosted={refresh} />
              </Suspense>
            ) : viewer === null ? (
              <p>
                <Link to={signInPath(commitmentPath(organisationSlug, plan.slug, commitment.reference))}>
                  Sign in to comment
                </Link>
              </p>
            ) : null}
          </CommentsList>
        </div>
      </div>
      <FollowSection published={Boolean(plan.publishedAt)}>
        <FollowPlan
          organisationSlug={organisationSlug}
          planSlug={plan.slug}
          reference={commitment.reference}
          title={`${commitment.reference} ${commitment.title}`}
          published={Boolean(plan.publishedAt)}
        />
        <EmbedOrShare organisationSlug={organisationSlug} plan={plan} commitment={commitment} />
      </FollowSection>
    </div>
  );
}
