import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FragmentType } from '../../../__generated__';
import { commitmentC3Data, commitmentC4Data } from '../../../test/fixtures/demo';
import { ThreeLenses, type ThreeLensesFragment } from './ThreeLenses';

function lensesOf(data: typeof commitmentC3Data): FragmentType<typeof ThreeLensesFragment> {
  const commitment = data.plan?.commitment;
  if (!commitment) throw new Error('fixture without a commitment');
  return commitment;
}

function renderLenses(commitment: FragmentType<typeof ThreeLensesFragment>) {
  render(<ThreeLenses commitment={commitment} assessor="Labour Muslim Network" counterpart="Labour Party" />);
  const lens = (name: string) => screen.getByRole('region', { name });
  return { assessment: lens('Assessment'), party: lens('Party’s account'), deadline: lens('Deadline') };
}

describe('ThreeLenses', () => {
  it('shows the assessment, the party’s account and the deadline side by side, each in words', () => {
    const { assessment, party, deadline } = renderLenses(lensesOf(commitmentC3Data));

    within(assessment).getByText('Limited');
    within(assessment).getByText('Labour Muslim Network’s independent judgement');
    within(party).getByText('Substantial');
    within(party).getByText('What Labour Party reports');
    within(deadline).getByText('Overdue');
    within(deadline).getByText('Due 31 December 2021');
    within(deadline).getByText('Worked out from the dates, never entered');
  });

  it('calls out a disagreement between the two accounts in words', async () => {
    renderLenses(lensesOf(commitmentC3Data));

    const callout = screen.getByText('The two accounts disagree').parentElement as HTMLElement;
    expect(callout.textContent).toContain(
      'Labour Party reports this commitment as Substantial; Labour Muslim Network assesses it as Limited.',
    );
  });

  it('has no disagreement call-out where the accounts agree or one is missing', () => {
    renderLenses(lensesOf(commitmentC4Data));
    expect(screen.queryByText('The two accounts disagree')).toBeNull();
  });

  it('shows the evidence with its kind, or says there is none as of the entry’s date', async () => {
    const { assessment, party } = renderLenses(lensesOf(commitmentC3Data));

    within(assessment).getByText('No public evidence as of 7 November 2025.');
    const evidence = within(party).getByRole('list', { name: 'Evidence' });
    within(evidence).getByText('Public statement');
    expect(within(evidence).getByRole('link').getAttribute('href')).toBe('https://example.org/demo/panel-briefing');
    // The narrative is shown at once, even before the Markdown renderer has loaded.
    await within(party).findByText('Panels have been briefed on the definition.');
  });

  it('says when the party has not given its account', () => {
    const { party } = renderLenses(lensesOf(commitmentC4Data));
    within(party).getByText('Not yet assessed');
    within(party).getByText('Labour Party has not reported on it yet.');
  });
});
