import { ApolloLink, Observable } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { of, throwError } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { UNREACHABLE_MESSAGE } from '../../../apollo/errors';
import { homePageData } from '../../../test/fixtures/homePage';
import { renderApp } from '../../../test/render';
import { HomePageQuery } from '../graphql/homePage';

function renderHome({ mocks, link }: { mocks?: MockLink.MockedResponse[]; link?: ApolloLink }) {
  renderApp('/', { mocks, link });
}

const success: MockLink.MockedResponse = {
  request: { query: HomePageQuery },
  result: { data: homePageData },
};

describe('HomePage', () => {
  it('lists organisations with their plans after a loading message', async () => {
    renderHome({ mocks: [success] });

    // The page's code arrives first, then its data.
    await screen.findByText('Loading organisations and their plans…');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Organisations and their action plans');

    const lmn = await screen.findByRole('region', { name: 'Labour Muslim Network' });
    within(lmn).getByText('A network of Muslim Labour members and supporters.');
    const website = within(lmn).getByRole('link', { name: /Labour Muslim Network website/ });
    expect(website.getAttribute('href')).toBe('https://www.labourmuslims.org/');
    const plan = within(lmn).getByRole('link', { name: 'Islamophobia action plan' });
    expect(plan.getAttribute('href')).toBe('/lmn/action-plan-2021');
    within(lmn).getByRole('progressbar', { name: 'Milestones complete' });
    within(lmn).getByText('Illustrative data');

    const bame = screen.getByRole('region', { name: 'BAME Labour' });
    within(bame).getByText('No action plan published yet.');
    expect(within(bame).queryByRole('link')).toBeNull();

    expect(screen.queryByRole('status')).toBeNull();
    expect(document.title).toBe('Organisations and their action plans – Action Plan Tracker');
  });

  it('says so when there are no organisations', async () => {
    renderHome({
      mocks: [{ request: { query: HomePageQuery }, result: { data: { organisations: [] } } }],
    });

    await screen.findByRole('heading', { name: 'No organisations yet' });
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('explains that the server cannot be reached, and recovers when retried', async () => {
    // A link whose second answer is held back until the test releases it, so the
    // "retrying" state can be checked without racing a timer.
    let requests = 0;
    let release = () => {};
    const link = new ApolloLink((operation) => {
      if (operation.operationName === 'CurrentUser') return of({ data: { me: null } });
      requests += 1;
      if (requests === 1) return throwError(() => new TypeError('Failed to fetch'));
      return new Observable<ApolloLink.Result>((observer) => {
        release = () => {
          observer.next({ data: homePageData });
          observer.complete();
        };
      });
    });
    renderHome({ link });

    const alert = await screen.findByRole('alert');
    within(alert).getByRole('heading', { name: 'The organisations could not be loaded' });
    within(alert).getByText(UNREACHABLE_MESSAGE);
    expect(alert.textContent).not.toContain('Failed to fetch');

    const button = within(alert).getByRole('button', { name: 'Try again' });
    button.focus();
    fireEvent.click(button);

    // While retrying, the same button stays (so it keeps focus) and says what is happening.
    expect(await screen.findByRole('button', { name: 'Trying again…' })).toBe(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    expect(requests).toBe(2);

    act(() => release());

    await screen.findByRole('region', { name: 'Labour Muslim Network' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('turns an API error code into a sentence, never the raw server message', async () => {
    renderHome({
      mocks: [
        {
          request: { query: HomePageQuery },
          result: {
            errors: [{ message: 'Throttler: too many', extensions: { code: 'RATE_LIMITED' } }],
          },
        },
      ],
    });

    const alert = await screen.findByRole('alert');
    within(alert).getByText('There have been too many requests in a short time. Wait a minute, then try again.');
    expect(alert.textContent).not.toContain('Throttler');
  });
});
