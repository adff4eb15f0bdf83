import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DistributionBar } from './DistributionBar';

const counts = [
  { status: 'NOT_STARTED' as const, count: 2 },
  { status: 'LIMITED' as const, count: 2 },
  { status: 'SUBSTANTIAL' as const, count: 2 },
  { status: 'COMPLETE' as const, count: 3 },
  { status: 'ABANDONED' as const, count: 1 },
];

describe('DistributionBar', () => {
  it('draws one segment per status that has commitments, most complete first, sized by count', () => {
    const { container } = render(<DistributionBar label="Commitments by assessment" counts={counts} unassessed={2} />);

    const segments = [...container.querySelectorAll<HTMLElement>('.distribution__segment')];
    expect(
      segments.map((segment) => segment.className.replace(/distribution__segment swatch--| share-\d+/g, '')),
    ).toEqual(['complete', 'substantial', 'limited', 'not-started', 'abandoned']);
    expect(segments.map((segment) => /share-(\d+)/.exec(segment.className)?.[1])).toEqual([
      '30',
      '20',
      '20',
      '20',
      '10',
    ]);
    expect(container.innerHTML).not.toContain('style');
  });

  it('gives percentages of the assessed commitments only, and counts the unassessed beside the bar', () => {
    render(<DistributionBar label="Commitments by assessment" counts={counts} unassessed={2} />);

    const bar = screen.getByRole('img', { name: /Commitments by assessment/ });
    expect(bar.getAttribute('aria-label')).toBe(
      'Commitments by assessment: 10 assessed commitments. Complete 3 (30%), Substantial 2 (20%), Limited 2 (20%), Not started 2 (20%), Abandoned 1 (10%).',
    );
    // Not yet assessed is never a segment of the bar...
    expect(bar.querySelector('.swatch--not-yet-assessed')).toBeNull();
    // ...but is said beside it.
    expect(screen.getByText(/not yet assessed/).closest('p')?.textContent).toBe(
      '+2 not yet assessed, not counted in the bar',
    );
  });

  it('has a legend in words with an icon per status, zeros included', () => {
    render(
      <DistributionBar label="Commitments by assessment" counts={[{ status: 'LIMITED', count: 1 }]} unassessed={0} />,
    );

    const legend = screen.getByRole('list');
    const items = within(legend).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Complete: 0 (0%)',
      'Substantial: 0 (0%)',
      'Limited: 1 (100%)',
      'Not started: 0 (0%)',
      'Abandoned: 0 (0%)',
    ]);
    for (const item of items) expect(item.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByText(/not yet assessed/)).toBeNull();
  });

  it('says so when nothing is assessed yet', () => {
    render(<DistributionBar label="Education" counts={[]} unassessed={3} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe('Education: no commitment assessed yet.');
  });

  it('in compact form, prints the figures in words and hides the bar from screen readers', () => {
    const { container } = render(
      <DistributionBar compact label="Complaints" counts={counts.slice(0, 2)} unassessed={1} />,
    );

    expect(screen.queryByRole('img')).toBeNull();
    expect(container.querySelector('.distribution__bar')?.getAttribute('aria-hidden')).toBe('true');
    screen.getByText('Limited 2 (50%), Not started 2 (50%)');
    screen.getByText(/not yet assessed/);
  });
});
