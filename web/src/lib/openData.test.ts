import { describe, expect, it } from 'vitest';
import { licenceName } from './openData';

describe('licenceName', () => {
  it('names each licence the API knows as the licence names itself', () => {
    expect(['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'ODbL-1.0', 'OGL-UK-3.0'].map(licenceName)).toEqual([
      'CC BY 4.0',
      'CC BY-SA 4.0',
      'CC0 1.0',
      'ODbL 1.0',
      'OGL UK 3.0',
    ]);
  });

  it('keeps an id without a version as it is', () => {
    expect(licenceName('Public-Domain')).toBe('Public-Domain');
  });
});
