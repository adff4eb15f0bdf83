import { describe, expect, it } from 'vitest';
import { linkInput, linkTargets } from './linkTargets';

describe('link targets of an ask', () => {
  const plan = {
    commitments: {
      edges: [
        {
          node: {
            id: '7',
            reference: 'C1',
            title: 'Adopt a code',
            milestones: [{ id: '9', reference: 'M2', title: 'Draft' }],
          },
        },
      ],
    },
    reports: [{ recommendations: [{ id: '4', reference: 'R4', title: 'Publish data' }] }],
  };

  it('lists commitments, their milestones and the recommendations, each named by its reference', () => {
    expect(linkTargets(plan)).toEqual({
      commitments: [{ value: 'commitment:7', label: 'C1 Adopt a code' }],
      milestones: [{ value: 'milestone:9', label: 'C1 M2 Draft' }],
      recommendations: [{ value: 'recommendation:4', label: 'R4 Publish data' }],
    });
  });

  it('turns a chosen option into the input of linkAsk', () => {
    expect(linkInput('3', 'commitment:7')).toEqual({ askId: '3', commitmentId: '7' });
    expect(linkInput('3', 'milestone:9')).toEqual({ askId: '3', milestoneId: '9' });
    expect(linkInput('3', 'recommendation:4')).toEqual({ askId: '3', recommendationId: '4' });
  });
});
