import { describe, expect, it } from 'vitest';
import { displayUrl, formatCount, formatDate, formatPercent, listInWords, safeExternalUrl } from './format';

describe('formatPercent', () => {
  it('rounds to whole percent', () => {
    expect(formatPercent(0.375)).toBe('38%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('never rounds something to nothing or almost-all to all', () => {
    expect(formatPercent(0.001)).toBe('1%');
    expect(formatPercent(0.998)).toBe('99%');
  });

  it('returns null when there is nothing to measure', () => {
    expect(formatPercent(null)).toBeNull();
  });
});

describe('formatDate', () => {
  it('writes GraphQL dates the British way without shifting the day', () => {
    expect(formatDate('2024-03-12')).toBe('12 March 2024');
    expect(formatDate('2020-11-01')).toBe('1 November 2020');
  });

  it('shows date-times as the day they fell on in the UK', () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    expect(formatDate('2024-06-30T23:30:00Z')).toBe('1 July 2024');
  });

  it('returns what it cannot parse unchanged', () => {
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatCount', () => {
  it('agrees the noun with the number', () => {
    expect(formatCount(1, 'commitment')).toBe('1 commitment');
    expect(formatCount(0, 'commitment')).toBe('0 commitments');
    expect(formatCount(1200, 'milestone')).toBe('1,200 milestones');
  });
});

describe('safeExternalUrl', () => {
  it('accepts http(s) only', () => {
    expect(safeExternalUrl('https://example.org/x')?.href).toBe('https://example.org/x');
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('/relative')).toBeNull();
    expect(safeExternalUrl(null)).toBeNull();
  });

  it('gives short link text', () => {
    expect(displayUrl(new URL('https://www.example.org/about/'))).toBe('example.org/about');
  });
});

describe('listInWords', () => {
  it('joins with commas and a final "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['no owner'])).toBe('no owner');
    expect(listInWords(['no owner', 'no due date'])).toBe('no owner and no due date');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
