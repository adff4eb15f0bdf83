import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderOutcome, RenderOutcomeContext } from '../../../lib/serverRender';
import { FollowPlan } from './FollowPlan';

const FEEDS = 'head link[rel="alternate"][type="application/atom+xml"]';
const feedLinks = () => [...document.querySelectorAll<HTMLLinkElement>(FEEDS)];

describe('FollowPlan', () => {
  afterEach(() => {
    for (const link of feedLinks()) link.remove();
  });

  it('links the plan’s feed and calendar, and names the feed in the head while it is shown', () => {
    const { unmount } = render(<FollowPlan organisationSlug="org" planSlug="a-plan" title="A plan" published />);

    expect(screen.getByRole('link', { name: 'Atom feed' }).getAttribute('href')).toBe('/feeds/org/a-plan.atom');
    expect(screen.getByRole('link', { name: 'Calendar of due dates (.ics)' }).getAttribute('href')).toBe(
      '/calendar/org/a-plan.ics',
    );
    expect(feedLinks().map((link) => [link.getAttribute('href'), link.title])).toEqual([
      ['/feeds/org/a-plan.atom', 'A plan – updates (Atom feed)'],
    ]);
    unmount();
    expect(feedLinks()).toEqual([]);
  });

  it('keeps the link the server wrote instead of adding a second one', () => {
    const written = document.head.appendChild(document.createElement('link'));
    Object.assign(written, { rel: 'alternate', type: 'application/atom+xml' });
    written.setAttribute('href', '/feeds/org/a-plan/C3.atom');

    render(<FollowPlan organisationSlug="org" planSlug="a-plan" reference="C3" title="C3 A commitment" published />);

    expect(screen.getByText('Follow this commitment:')).toBeTruthy();
    expect(feedLinks()).toEqual([written]);
  });

  it('shows nothing and names no feed for a draft', () => {
    const { container } = render(
      <FollowPlan organisationSlug="org" planSlug="a-plan" title="A plan" published={false} />,
    );

    expect(container.textContent).toBe('');
    expect(feedLinks()).toEqual([]);
  });

  it('tells a render on the server which feed to name in the page’s head', () => {
    const outcome = new RenderOutcome();
    renderToString(
      <RenderOutcomeContext.Provider value={outcome}>
        <FollowPlan organisationSlug="org" planSlug="a-plan" title="A plan" published />
      </RenderOutcomeContext.Provider>,
    );

    expect(outcome.feed).toEqual({ href: '/feeds/org/a-plan.atom', title: 'A plan – updates (Atom feed)' });
  });
});
