import { describe, expect, it } from 'vitest';
import { commentProblems, responseProblems } from './comments';

describe('comment rules', () => {
  it('asks for words, within the limit', () => {
    expect(commentProblems({ body: '  ' })).toEqual({ body: 'Write your comment first.' });
    expect(commentProblems({ body: 'x'.repeat(5001) }, 'reply')).toEqual({
      body: 'Keep your reply to 5,000 characters; it has 5,001.',
    });
    expect(commentProblems({ body: 'Thanks.' })).toEqual({});
  });

  it('asks a response for its stance', () => {
    expect(responseProblems({ stance: '', body: 'We disagree.' })).toEqual({
      stance: 'Say whether the party agrees or disagrees with the assessment.',
    });
    expect(responseProblems({ stance: 'DISAGREE', body: '' })).toEqual({ body: 'Write your response first.' });
    expect(responseProblems({ stance: 'AGREE', body: 'Agreed.' })).toEqual({});
  });
});
