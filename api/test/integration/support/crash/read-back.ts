import type { GraphQLResponse } from '../test-app';
import { TrackerApi } from './tracker-api';
import { CommitmentWrites } from './writes';

type Page<T> = { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
type HistoryNode =
  | { __typename: 'StatusUpdate'; id: string; narrative: string; evidence: { url: string }[] }
  | { __typename: 'Revision'; field: string; after: string | null; version: number };
type CommentNode = { id: string; body: string | null };

// The page size the dashboard itself asks for.
const HISTORY = `query ($id: ID!, $after: String) { commitment(id: $id) { reference version
  history(first: 50, after: $after) {
    edges { node { __typename ... on StatusUpdate { id narrative evidence { url } } ... on Revision { field after version } } }
    pageInfo { hasNextPage endCursor } } } }`;
const COMMENTS = `query ($id: ID!, $after: String) { commitment(id: $id) {
  comments(first: 50, after: $after) { edges { node { id body } } pageInfo { hasNextPage endCursor } } } }`;

type Commitment<K extends string, T> = {
  commitment: ({ reference: string; version: number } & Record<K, Page<T>>) | null;
};

/** Reads every page of one connection of the commitment; null when the commitment is not there. */
async function readAll<K extends 'history' | 'comments', T>(
  api: TrackerApi,
  query: string,
  id: string,
  connection: K,
): Promise<{ nodes: T[]; version: number } | null> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const { data, errors }: GraphQLResponse<Commitment<K, T>> = await api.request(query, { id, after });
    if (errors?.[0]?.extensions?.code === 'NOT_FOUND' || data?.commitment === null) return null;
    if (!data?.commitment) throw new Error(`reading ${connection} of ${id} failed: ${JSON.stringify(errors)}`);
    const page: Page<T> = data.commitment[connection];
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return { nodes, version: data.commitment.version };
    after = page.pageInfo.endCursor;
  }
}

/**
 * Reads the commitment back through the API and names every acknowledged write on it that is
 * missing or not as acknowledged. A write the server made but never acknowledged may be there too.
 */
export async function missingWrites(api: TrackerApi, written: CommitmentWrites): Promise<string[]> {
  const history = await readAll<'history', HistoryNode>(api, HISTORY, written.id, 'history');
  const comments = await readAll<'comments', CommentNode>(api, COMMENTS, written.id, 'comments');
  if (!history || !comments) return [`commitment ${written.reference} (${written.id})`];
  const entries = new Map<string, string>();
  const titles = new Set<string>();
  for (const node of history.nodes) {
    if (node.__typename === 'StatusUpdate') entries.set(node.id, `${node.narrative}|${node.evidence.length}`);
    else if (node.field === 'title') titles.add(`${node.version}|${node.after}`);
  }
  const bodies = new Map(comments.nodes.map((node) => [node.id, node.body]));
  return [
    ...written.statusUpdates
      .filter((entry) => entries.get(entry.id) !== `${entry.narrative}|${entry.evidence}`)
      .map((entry) => `status update ${entry.id} on ${written.reference}`),
    ...written.comments
      .filter((comment) => bodies.get(comment.id) !== comment.body)
      .map((comment) => `comment ${comment.id} on ${written.reference}`),
    ...written.edits
      .filter((edit) => !titles.has(`${edit.version}|${edit.title}`) || history.version < edit.version)
      .map((edit) => `edit to version ${edit.version} of ${written.reference}`),
  ];
}
