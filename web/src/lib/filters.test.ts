import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersToSearch, NO_FILTERS, parseFilters, parsePage, toCommitmentFilter } from './filters';

describe('commitment filters in the address', () => {
  it('reads every filter and the page', () => {
    const search =
      '?assessment=LIMITED&partyReported=SUBSTANTIAL&deadline=OVERDUE&theme=Complaints&owner=NEC&checkable=no&disagreement=yes&q=+definition+&after=abc';
    expect(parseFilters(search)).toEqual({
      assessment: 'LIMITED',
      partyReported: 'SUBSTANTIAL',
      deadline: 'OVERDUE',
      theme: 'Complaints',
      owner: 'NEC',
      checkable: 'no',
      disagreement: 'yes',
      q: 'definition',
    });
    expect(parsePage(search)).toBe('abc');
  });

  it('ignores values the API would reject', () => {
    expect(parseFilters('?assessment=DONE&deadline=late&theme=%20&checkable=maybe&disagreement=no')).toEqual(
      NO_FILTERS,
    );
    expect(parsePage('')).toBeNull();
  });

  it('writes only what is set, so links stay short, and round-trips', () => {
    const filters = { ...NO_FILTERS, deadline: 'DUE_SOON' as const, q: 'training' };
    const search = filtersToSearch(filters);
    expect(search.toString()).toBe('deadline=DUE_SOON&q=training');
    expect(parseFilters(search)).toEqual(filters);
    expect(filtersToSearch(filters, 'cursor').toString()).toBe('deadline=DUE_SOON&q=training&after=cursor');
  });

  it('builds the API filter, and none when nothing is chosen', () => {
    expect(toCommitmentFilter(NO_FILTERS)).toBeUndefined();
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    const filters = { ...NO_FILTERS, assessment: 'LIMITED' as const, owner: 'NEC', q: 'panel' };
    expect(activeFilterCount(filters)).toBe(3);
    expect(toCommitmentFilter(filters)).toEqual({ assessment: ['LIMITED'], owner: 'NEC', search: 'panel' });
    expect(toCommitmentFilter({ ...NO_FILTERS, checkable: 'no', disagreement: 'yes' })).toEqual({
      verifiable: false,
      disagreement: true,
    });
    expect(toCommitmentFilter({ ...NO_FILTERS, checkable: 'yes' })).toEqual({ verifiable: true });
  });
});
