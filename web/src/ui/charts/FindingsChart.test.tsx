import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FindingsChart } from './FindingsChart';

describe('FindingsChart', () => {
  it('draws a percentage as a bar on a 0–100 scale, and a count as its figure only', () => {
    const { container } = render(
      <FindingsChart
        label="Key findings"
        findings={[
          { id: 'a', label: 'felt unsafe reporting', value: 44, unit: '%' },
          { id: 'b', label: 'took part in the survey', value: 1123, unit: 'people' },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      '44%felt unsafe reporting',
      '1,123 peopletook part in the survey',
    ]);
    const bars = container.querySelectorAll<HTMLElement>('.findings__bar');
    expect(bars).toHaveLength(1);
    expect(bars[0].className).toBe('findings__bar share-44');
    expect(container.innerHTML).not.toContain('style');
    expect(items[1].querySelector('.findings__track')).toBeNull();
  });
});
