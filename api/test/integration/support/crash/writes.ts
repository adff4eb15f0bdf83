import { TrackerApi } from './tracker-api';

/** The writes the harness makes, each a real mutation of a signed-in executive. */
export type WriteKind = 'statusUpdate' | 'comment' | 'edit';
export type Status = 'NOT_STARTED' | 'LIMITED' | 'SUBSTANTIAL';

/** One commitment made for a cycle, with every write on it that the server acknowledged. */
export interface CommitmentWrites {
  id: string;
  reference: string;
  /** The version the next edit names: the one the last acknowledged edit returned. */
  version: number;
  statusUpdates: { id: string; narrative: string; evidence: number }[];
  comments: { id: string; body: string }[];
  edits: { version: number; title: string }[];
}

/** What became of a write: the server said OK, refused it with a code, or gave no complete answer. */
export type Outcome = { kind: 'acknowledged' } | { kind: 'refused'; code: string };

const CREATE = 'mutation ($input: CreateCommitmentInput!) { createCommitment(input: $input) { id reference version } }';
const POST = 'mutation ($input: PostStatusUpdateInput!) { postStatusUpdate(input: $input) { id narrative } }';
const COMMENT = 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id body } }';
const EDIT = 'mutation ($input: UpdateCommitmentInput!) { updateCommitment(input: $input) { version title } }';
const EVIDENCE = { url: 'https://example.org/crash-harness.pdf', title: 'Crash harness evidence', kind: 'MEDIA' };

type Created = { createCommitment: { id: string; reference: string; version: number } };
type Posted = { postStatusUpdate: { id: string; narrative: string } };
type Commented = { addComment: { id: string; body: string } };
type Edited = { updateCommitment: { version: number; title: string } };

const refusal = (errors: { extensions?: { code?: string } }[]): Outcome => ({
  kind: 'refused',
  code: errors[0]?.extensions?.code ?? 'UNKNOWN',
});

/** Adds the commitment a cycle writes on; throws unless the server acknowledges it. */
export async function createCommitment(api: TrackerApi, planId: string, reference: string): Promise<CommitmentWrites> {
  const { data, errors } = await api.request<Created>(CREATE, {
    input: { planId, reference, title: `Crash harness commitment ${reference}` },
  });
  if (!data?.createCommitment) throw new Error(`createCommitment ${reference} refused: ${JSON.stringify(errors)}`);
  return { ...data.createCommitment, statusUpdates: [], comments: [], edits: [] };
}

/**
 * Makes one write of a kind on the commitment (`label` tells it from the others) and records it
 * if acknowledged. Throws `Unanswered` when the server went away first.
 */
export async function write(
  api: TrackerApi,
  target: CommitmentWrites,
  kind: WriteKind,
  label: string,
  status: Status,
): Promise<Outcome> {
  const text = `${target.reference} ${kind} ${label}: “acknowledged” — ✓`;
  switch (kind) {
    case 'statusUpdate': {
      const evidence = status === 'SUBSTANTIAL' ? [EVIDENCE] : [];
      const input = { subjectType: 'COMMITMENT', subjectId: target.id, lens: 'ASSESSMENT', status, narrative: text };
      const { data, errors } = await api.request<Posted>(POST, { input: { ...input, evidence } });
      if (!data?.postStatusUpdate) return refusal(errors ?? []);
      target.statusUpdates.push({ ...data.postStatusUpdate, evidence: evidence.length });
      return { kind: 'acknowledged' };
    }
    case 'comment': {
      const { data, errors } = await api.request<Commented>(COMMENT, {
        input: { commitmentId: target.id, body: text },
      });
      if (!data?.addComment) return refusal(errors ?? []);
      target.comments.push(data.addComment);
      return { kind: 'acknowledged' };
    }
    case 'edit': {
      const input = { id: target.id, version: target.version, title: text };
      const { data, errors } = await api.request<Edited>(EDIT, { input });
      if (!data?.updateCommitment) return refusal(errors ?? []);
      target.version = data.updateCommitment.version;
      target.edits.push(data.updateCommitment);
      return { kind: 'acknowledged' };
    }
  }
}
