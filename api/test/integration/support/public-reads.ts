/**
 * What the public-cache specs read and write: one query per kind of write, whose anonymous
 * answer shows that write, and the writes themselves as GraphQL documents.
 */
export const ORG = 'labour-muslim-network';
export const PLAN = 'islamophobia-action-plan';

/** A plan's commitments with what every kind of write changes: lenses, wording, comments. */
export const PLAN_READ = `query PlanRead($slug: String!) {
  plan(slug: $slug) {
    title
    summary { asOf commitmentsTotal overdueCount }
    commitments(first: 100) {
      edges { node { id reference title version assessment deadline dueDate comments(first: 50) { totalCount edges { node { body } } } } }
    }
  }
}`;

/** The organisations and their plans: what a publication or a new organisation changes. */
export const ORGANISATIONS_READ = '{ organisations { slug plans { slug title } } }';

export const POST_ENTRY = 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id } }';
export const UPDATE_COMMITMENT =
  'mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { version } }';
export const ADD_COMMENT = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }';
export const CREATE_PLAN = 'mutation ($input: CreatePlanInput!) { createPlan(input: $input) { id version } }';
export const PUBLISH_PLAN = 'mutation ($input: PublishPlanInput!) { publishPlan(input: $input) { version } }';
export const UNPUBLISH_PLAN = 'mutation ($input: UnpublishPlanInput!) { unpublishPlan(input: $input) { version } }';
export const LOGIN = 'mutation ($input: LoginInput!) { login(input: $input) { id } }';

export interface CommitmentRow {
  id: string;
  reference: string;
  title: string;
  version: number;
  assessment: string;
  deadline: string;
  dueDate: string | null;
  comments: { totalCount: number; edges: { node: { body: string } }[] };
}

export interface PlanAnswer {
  plan: {
    title: string;
    summary: { asOf: string; commitmentsTotal: number; overdueCount: number };
    commitments: { edges: { node: CommitmentRow }[] };
  };
}

export interface OrganisationsAnswer {
  organisations: { slug: string; plans: { slug: string; title: string }[] }[];
}

/** One commitment of a plan answer, by reference. */
export function commitmentOf(answer: PlanAnswer, reference: string): CommitmentRow {
  const found = answer.plan.commitments.edges.find((edge) => edge.node.reference === reference);
  if (!found) throw new Error(`no commitment ${reference} in the answer`);
  return found.node;
}

/** The slugs of every plan of an organisations answer. */
export const planSlugsOf = (answer: OrganisationsAnswer): string[] =>
  answer.organisations.flatMap((organisation) => organisation.plans.map((plan) => plan.slug));

/** A commitments.csv of the open-data import that gives one commitment a new title. */
export const retitleCsv = (reference: string, title: string, version: number): string =>
  `\uFEFFreference,title,version\r\n${reference},${title},${version}\r\n`;
