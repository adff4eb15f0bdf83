import type {
  HomePageQuery,
  OrganisationSection_OrganisationFragment,
  PlanCard_PlanFragment,
} from '../__generated__/graphql';

type Summary = PlanCard_PlanFragment['summary'];

/** A plan as the API returns it: 12 commitments, 8 assessed, 3 of 8 milestones complete. */
export function planFixture(
  overrides: Partial<Omit<PlanCard_PlanFragment, 'summary'>> & { summary?: Partial<Summary> } = {},
): PlanCard_PlanFragment {
  const { summary, ...plan } = overrides;
  return {
    __typename: 'ActionPlan',
    slug: 'action-plan-2021',
    title: 'Islamophobia action plan',
    counterpart: 'Labour Party',
    agreedOn: '2024-03-12',
    isIllustrative: true,
    ...plan,
    summary: {
      __typename: 'PlanSummary',
      commitmentsTotal: 12,
      assessedTotal: 8,
      unassessedCount: 4,
      milestonesTotal: 8,
      milestonesComplete: 3,
      milestoneCompletionShare: 0.375,
      overdueCount: 2,
      dueSoonCount: 1,
      unverifiableCount: 0,
      byAssessment: [
        { __typename: 'StatusCount', status: 'NOT_STARTED', count: 2, share: 0.25 },
        { __typename: 'StatusCount', status: 'LIMITED', count: 2, share: 0.25 },
        { __typename: 'StatusCount', status: 'SUBSTANTIAL', count: 1, share: 0.125 },
        { __typename: 'StatusCount', status: 'COMPLETE', count: 3, share: 0.375 },
        { __typename: 'StatusCount', status: 'ABANDONED', count: 0, share: 0 },
        // Not part of the API's answer today ("one entry per assessed status"); here to
        // prove the card would not list unassessed commitments as an assessment.
        { __typename: 'StatusCount', status: 'NOT_YET_ASSESSED', count: 4, share: null },
      ],
      ...summary,
    },
  };
}

export function organisationFixture(
  overrides: Partial<OrganisationSection_OrganisationFragment> = {},
): HomePageQuery['organisations'][number] {
  return {
    __typename: 'Organisation',
    slug: 'lmn',
    name: 'Labour Muslim Network',
    description: 'A network of Muslim Labour members and supporters.',
    website: 'https://www.labourmuslims.org/',
    plans: [planFixture()],
    ...overrides,
  };
}

export const homePageData: HomePageQuery = {
  organisations: [
    organisationFixture(),
    organisationFixture({
      slug: 'bame-labour',
      name: 'BAME Labour',
      description: 'The network of Black, Asian and minority ethnic Labour members.',
      website: null,
      plans: [],
    }),
  ],
};
