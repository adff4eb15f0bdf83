import { describe, expect, it } from 'vitest';
import { badgeUrl, embedUrl, iframeSnippet, pageUrl, snippetsFor } from './snippets';
import { embedSizeOf } from './sizes';

const ORIGIN = 'https://tracker.example.org';
const PLAN = { organisationSlug: 'lmn', planSlug: 'the-plan', title: 'The "plan" & more' };
const COMMITMENT = { ...PLAN, reference: 'C4', title: 'C4: A [commitment]' };

describe('embed and share snippets', () => {
  it('point at the embed, badge and page addresses of a plan and of a commitment', () => {
    expect(embedUrl(ORIGIN, PLAN, null)).toBe(`${ORIGIN}/embed/lmn/the-plan`);
    expect(embedUrl(ORIGIN, COMMITMENT, '320x400')).toBe(`${ORIGIN}/embed/lmn/the-plan/C4?size=320x400`);
    expect(badgeUrl(ORIGIN, PLAN)).toBe(`${ORIGIN}/badge/lmn/the-plan.svg`);
    expect(badgeUrl(ORIGIN, COMMITMENT)).toBe(`${ORIGIN}/badge/lmn/the-plan/C4.svg`);
    expect(pageUrl(ORIGIN, PLAN)).toBe(`${ORIGIN}/lmn/the-plan`);
    expect(pageUrl(ORIGIN, COMMITMENT)).toBe(`${ORIGIN}/lmn/the-plan/commitments/C4`);
  });

  it('size each iframe and escape the title inside its attribute', () => {
    expect(iframeSnippet(ORIGIN, PLAN, '600x400')).toBe(
      `<iframe src="${ORIGIN}/embed/lmn/the-plan?size=600x400" title="The &quot;plan&quot; &amp; more" width="600" height="400" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    expect(iframeSnippet(ORIGIN, PLAN, null)).toContain('width="100%" height="440"');
  });

  it('offer an iframe per size, the address, the badge as HTML and Markdown, and the link', () => {
    const snippets = snippetsFor(ORIGIN, COMMITMENT);
    expect(snippets.map((snippet) => snippet.id)).toEqual([
      'iframe-320x400',
      'iframe-600x400',
      'iframe-responsive',
      'embed-address',
      'badge-html',
      'badge-markdown',
      'link',
    ]);
    const markdown = snippets.find((snippet) => snippet.id === 'badge-markdown')!.text;
    expect(markdown).toBe(
      `[![C4: A \\[commitment\\]: progress on the Action Plan Tracker](${ORIGIN}/badge/lmn/the-plan/C4.svg)](${ORIGIN}/lmn/the-plan/commitments/C4)`,
    );
  });

  it('read a size from ?size=, responsive when absent, and refuse any other', () => {
    expect(embedSizeOf(null)).toBeNull();
    expect(embedSizeOf('320x400')).toBe('320x400');
    expect(() => embedSizeOf('100x100')).toThrow('size must be 320x400 or 600x400');
  });
});
