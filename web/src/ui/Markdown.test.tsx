import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Markdown, safeUrlTransform } from './Markdown';

describe('Markdown', () => {
  it('renders formatting, never raw HTML', () => {
    const { container } = render(
      <Markdown>
        {'They have **not** been briefed.\n\n<img src=x onerror="alert(1)"><script>alert(2)</script>'}
      </Markdown>,
    );
    expect(container.querySelector('strong')?.textContent).toBe('not');
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
  });

  it('keeps only http, https and mailto links, marked as user content', () => {
    const { container } = render(
      <Markdown>
        {
          '[safe](https://example.org/a) [mail](mailto:a@example.org) [bad](javascript:alert(1)) [data](data:text/html,x)'
        }
      </Markdown>,
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['https://example.org/a', 'mailto:a@example.org']);
    for (const link of links) expect(link.getAttribute('rel')).toBe('nofollow ugc noopener');
    expect(container.textContent).toContain('bad');
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('shows the words of an image instead of loading it', () => {
    const { container } = render(<Markdown>{'![A chart](https://example.org/chart.png)'}</Markdown>);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('[Image: A chart]');
  });

  it('allows only http, https and mailto addresses', () => {
    expect(safeUrlTransform(' https://example.org ', 'href', {} as never)).toBe('https://example.org');
    expect(safeUrlTransform('JavaScript:alert(1)', 'href', {} as never)).toBeNull();
    expect(safeUrlTransform('/relative', 'href', {} as never)).toBeNull();
    expect(safeUrlTransform('https:javascript:alert(1)', 'href', {} as never)).toBeNull();
    expect(safeUrlTransform('mailto:someone@example.org', 'href', {} as never)).toBe('mailto:someone@example.org');
  });
});
