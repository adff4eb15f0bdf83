import fc from 'fast-check';
import { neutralise, restore } from './spreadsheet-cells';

describe('spreadsheet cells', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ["'=already quoted", "''=already quoted"],
    ["''-twice", "'''-twice"],
  ])('neutralises %j as %j', (text, cell) => {
    expect(neutralise(text)).toBe(cell);
    expect(restore(cell)).toBe(text);
  });

  it.each(['plain text', '', "'", "''", "'quoted", 'a=b', ' =leading space', '29'])('leaves %j as it is', (text) => {
    expect(neutralise(text)).toBe(text);
    expect(restore(text)).toBe(text);
  });

  it('restores every neutralised string exactly', () => {
    const risky = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ' '), maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), risky), (text) => {
        expect(restore(neutralise(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never writes a cell that starts like a formula', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(/^[=+\-@\t\r]/.test(neutralise(text))).toBe(false);
      }),
    );
  });
});
