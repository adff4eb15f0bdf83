import { describe, expect, it } from 'vitest';
import { shareClass } from './share';

describe('shareClass', () => {
  it('gives whole percent from 0 to 100, and at least 1 for a share above zero', () => {
    expect(shareClass(0)).toBe('share-0');
    expect(shareClass(0.375)).toBe('share-38');
    expect(shareClass(1)).toBe('share-100');
    expect(shareClass(0.001)).toBe('share-1');
  });

  it('keeps what is out of range or not a number inside 0 to 100', () => {
    expect(shareClass(-0.5)).toBe('share-0');
    expect(shareClass(1.5)).toBe('share-100');
    expect(shareClass(Number.NaN)).toBe('share-0');
  });
});
