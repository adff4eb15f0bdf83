import { charactersInRuns } from './keyboard-runs';

describe('charactersInRuns', () => {
  it.each([
    ['qwertyuiop12', 10],
    ['correct horse battery staple', 0],
    ['ab', 0],
    ['abc', 3],
    ['CBA', 3],
    ['xx aaa yy', 3],
    ['my 1234 and ;lkj', 8],
    ['1q2w3e4r', 0],
  ])('finds in %s %i characters in runs', (password, count) => {
    expect(charactersInRuns(password)).toBe(count);
  });
});
