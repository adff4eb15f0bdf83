import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_ORDER, StatusBadge } from './StatusBadge';

describe('StatusBadge', () => {
  it('shows every status in words with its own icon, so colour is never the only cue', () => {
    const icons = new Set<string>();
    for (const status of ASSESSMENT_ORDER) {
      const { container, unmount } = render(<StatusBadge status={status} />);
      const icon = container.querySelector('svg');
      expect(icon?.getAttribute('aria-hidden')).toBe('true');
      icons.add(icon?.innerHTML ?? '');
      expect(container.textContent).not.toBe('');
      unmount();
    }
    expect(icons.size).toBe(ASSESSMENT_ORDER.length);
  });

  it('labels statuses in plain English', () => {
    const { container } = render(<StatusBadge status="NOT_YET_ASSESSED" />);
    expect(container.textContent).toBe('Not yet assessed');
  });
});
