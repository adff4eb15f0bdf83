import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../../../__generated__';
import { planFixture } from '../../../test/fixtures/homePage';
import { renderWithRouter } from '../../../test/render';
import { PlanCard, PlanCardFragment } from './PlanCard';

function renderCard(plan = planFixture()) {
  renderWithRouter(<PlanCard organisationSlug="lmn" plan={makeFragmentData(plan, PlanCardFragment)} />);
  return screen.getByRole('article', { name: plan.title });
}

/** Matches an element whose whole text is `text` (text split across child elements included). */
function byText(text: string) {
  return (_: string, element: Element | null) => element?.tagName === 'LI' && element.textContent === text;
}

describe('PlanCard', () => {
  it('links the title to the plan dashboard', () => {
    const card = renderCard();
    const link = within(card).getByRole('link', { name: 'Islamophobia action plan' });
    expect(link.getAttribute('href')).toBe('/lmn/action-plan-2021');
  });

  it('shows the headline figures', () => {
    const card = renderCard();

    const bar = within(card).getByRole('progressbar', { name: 'Milestones complete' });
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('8');
    within(card).getByText('3 of 8 milestones complete (38%)');

    within(card).getByText(byText('12 commitments'));
    within(card).getByText(byText('4 not yet assessed'));
    within(card).getByText(byText('2 overdue'));
    within(card).getByText(byText('1 due in the next 30 days'));
    within(card).getByText('Agreed with Labour Party on 12 March 2024');
  });

  it('shows the assessment of assessed commitments in words, most complete first, without empty statuses', () => {
    const card = renderCard();

    const list = within(card).getByRole('list', {
      name: 'Assessment of the 8 assessed commitments:',
    });
    const statuses = within(list)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(statuses).toEqual(['Complete: 3 (38%)', 'Substantial: 1 (13%)', 'Limited: 2 (25%)', 'Not started: 2 (25%)']);
  });

  it('labels illustrative plans, and only those', () => {
    const card = renderCard();
    within(card).getByText('Illustrative data');

    const realCard = renderCard(planFixture({ title: 'Our own plan', isIllustrative: false }));
    expect(within(realCard).queryByText('Illustrative data')).toBeNull();
  });

  it('says so when there is nothing to measure yet, instead of showing an empty bar', () => {
    const card = renderCard(
      planFixture({
        summary: {
          commitmentsTotal: 1,
          assessedTotal: 0,
          unassessedCount: 1,
          milestonesTotal: 0,
          milestonesComplete: 0,
          milestoneCompletionShare: null,
          overdueCount: 0,
          unverifiableCount: 1,
          byAssessment: [],
        },
      }),
    );

    expect(within(card).queryByRole('progressbar')).toBeNull();
    within(card).getByText('No milestones set yet.');
    within(card).getByText('No commitment has been assessed yet.');
    within(card).getByText(byText('1 commitment'));
    within(card).getByText(byText('1 without an owner, due date or success criteria'));
  });
});
