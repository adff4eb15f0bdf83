import { TestApp } from './test-app';

/** Ids of demo records, looked up through the public API. */
export async function demoIds(t: TestApp): Promise<{
  planId: string;
  commitment: (reference: string) => string;
  milestone: (reference: string, index: number) => string;
}> {
  const { data } = await t.gql<{
    plan: {
      id: string;
      commitments: { edges: { node: { id: string; reference: string; milestones: { id: string }[] } }[] };
    };
  }>(
    '{ plan(slug: "islamophobia-action-plan") { id commitments(first: 100) { edges { node { id reference milestones { id } } } } } }',
  );
  const byRef = new Map(data!.plan.commitments.edges.map((e) => [e.node.reference, e.node]));
  const get = (reference: string) => {
    const node = byRef.get(reference);
    if (!node) throw new Error(`no demo commitment ${reference}`);
    return node;
  };
  return {
    planId: data!.plan.id,
    commitment: (reference) => get(reference).id,
    milestone: (reference, index) => get(reference).milestones[index].id,
  };
}
