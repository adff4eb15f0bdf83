import type { Stance } from '../../../__generated__/graphql';

/** The API's limits on a comment (api/src/comments/dto/add-comment.input.ts), explained before sending. */
export const COMMENT_MAX = 5000;

export interface CommentDraft {
  body: string;
}

export interface ResponseDraft {
  stance: Stance | '';
  body: string;
}

export type CommentProblems = Partial<Record<'body' | 'stance', string>>;

function bodyProblem(body: string, what: string): string | null {
  const text = body.trim();
  if (text === '') return `Write your ${what} first.`;
  if (text.length > COMMENT_MAX) {
    return `Keep your ${what} to ${COMMENT_MAX.toLocaleString('en-GB')} characters; it has ${text.length.toLocaleString('en-GB')}.`;
  }
  return null;
}

export function commentProblems(draft: CommentDraft, what = 'comment'): CommentProblems {
  const body = bodyProblem(draft.body, what);
  return body ? { body } : {};
}

/** A liaison's response says whether the party agrees with the assessment, and why. */
export function responseProblems(draft: ResponseDraft): CommentProblems {
  const problems: CommentProblems = {};
  if (draft.stance === '') problems.stance = 'Say whether the party agrees or disagrees with the assessment.';
  const body = bodyProblem(draft.body, 'response');
  if (body) problems.body = body;
  return problems;
}
