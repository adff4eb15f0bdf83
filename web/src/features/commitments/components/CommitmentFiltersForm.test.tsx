import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NO_FILTERS, type CommitmentFilters } from '../../../lib/filters';
import { renderWithRouter } from '../../../test/render';
import { CommitmentFiltersForm } from './CommitmentFiltersForm';

const href = (filters: CommitmentFilters) =>
  `/list?${new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString()}`;

function renderForm(filters: CommitmentFilters = NO_FILTERS) {
  const onChange = vi.fn<(filters: CommitmentFilters) => void>();
  renderWithRouter(
    <CommitmentFiltersForm
      filters={filters}
      themes={['Complaints', 'Education']}
      owners={['Governance and Legal Unit']}
      onChange={onChange}
      hrefFor={href}
    />,
  );
  return onChange;
}

describe('CommitmentFiltersForm', () => {
  it('offers every filter of the issue, each with a label and "Any"', () => {
    renderForm();

    for (const name of ['Assessment', 'Party’s account', 'Deadline', 'Theme', 'Owner']) {
      const select = screen.getByRole('combobox', { name });
      expect((select as HTMLSelectElement).value).toBe('');
      within(select).getByRole('option', { name: 'Any' });
    }
    within(screen.getByRole('combobox', { name: 'Deadline' })).getByRole('option', { name: 'Overdue' });
    within(screen.getByRole('combobox', { name: 'Theme' })).getByRole('option', { name: 'Education' });
    screen.getByRole('searchbox', { name: 'Search commitments' });
  });

  it('applies a filter as soon as it is chosen, keeping the others', () => {
    const onChange = renderForm({ ...NO_FILTERS, theme: 'Complaints' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Deadline' }), { target: { value: 'OVERDUE' } });

    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, theme: 'Complaints', deadline: 'OVERDUE' });
  });

  it('searches for the words typed when the form is sent', () => {
    const onChange = renderForm({ ...NO_FILTERS, assessment: 'LIMITED' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search commitments' }), {
      target: { value: '  training  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, assessment: 'LIMITED', q: 'training' });
  });

  it('lists the filters in use, each with a link that removes it, and a link that clears them all', () => {
    renderForm({ ...NO_FILTERS, deadline: 'OVERDUE', theme: 'Complaints', q: 'panel' });

    screen.getByText('Showing commitments with:');
    expect(screen.getByRole('link', { name: 'Deadline: Overdue (remove this filter)' }).getAttribute('href')).toBe(
      '/list?theme=Complaints&q=panel',
    );
    expect(screen.getByRole('link', { name: 'Words: “panel” (remove the search)' }).getAttribute('href')).toBe(
      '/list?deadline=OVERDUE&theme=Complaints',
    );
    expect(screen.getByRole('link', { name: 'Clear all filters' }).getAttribute('href')).toBe('/list?');
  });
});
