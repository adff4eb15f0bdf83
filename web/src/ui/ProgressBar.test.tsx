import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressBar } from './ProgressBar';

describe('ProgressBar', () => {
  it('exposes its value, range and text to assistive technology and shows the text', () => {
    render(<ProgressBar label="Milestones complete" value={3} max={8} text="3 of 8 milestones complete" />);

    const bar = screen.getByRole('progressbar', { name: 'Milestones complete' });
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('8');
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuetext')).toBe('3 of 8 milestones complete');
    // The figure is in visible words, not only in the bar's length.
    expect(screen.getByText('3 of 8 milestones complete').tagName).toBe('P');
    // The length is a class, never an inline style (ui/share.ts).
    expect(bar.firstElementChild?.className).toBe('progress__fill share-38');
    expect(bar.innerHTML).not.toContain('style');
  });

  it('keeps the value inside the range', () => {
    render(<ProgressBar label="Done" value={12} max={8} text="all done" />);

    const bar = screen.getByRole('progressbar', { name: 'Done' });
    expect(bar.getAttribute('aria-valuenow')).toBe('8');
    expect(bar.firstElementChild?.className).toBe('progress__fill share-100');
  });
});
