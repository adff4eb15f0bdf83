import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShownRange } from './ShownRange';

describe('ShownRange', () => {
  it('keeps the range of the commitments on screen while the next page loads', () => {
    const { rerender } = render(<ShownRange range="Showing 1 to 20" loading={false} />);
    screen.getByText('Showing 1 to 20');

    rerender(<ShownRange range="Showing 21 to 40" loading={true} />);
    screen.getByText('Showing 1 to 20');
    expect(screen.queryByText('Showing 21 to 40')).toBeNull();

    rerender(<ShownRange range="Showing 21 to 21" loading={false} />);
    screen.getByText('Showing 21 to 21');
  });

  it('shows nothing for a list of one page', () => {
    const { container } = render(<ShownRange range={null} loading={false} />);
    expect(container.innerHTML).toBe('');
  });
});
