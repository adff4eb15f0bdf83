import { describe, expect, it } from 'vitest';
import { matchPattern, pathBuilder } from './pattern';

describe('matchPattern', () => {
  it('reads parameters by name and compares literal segments as written', () => {
    expect(matchPattern('/:a/x/:b', '/one/x/two')).toEqual({ a: 'one', b: 'two' });
    expect(matchPattern('/:a/x/:b', '/one/y/two')).toBeNull();
    expect(matchPattern('/:a/x/:b', '/one/%78/two')).toBeNull();
    expect(matchPattern('/x', '/x')).toEqual({});
  });

  it('needs as many segments as the pattern has', () => {
    expect(matchPattern('/:a/:b', '/one')).toBeNull();
    expect(matchPattern('/:a/:b', '/one/two/three')).toBeNull();
    expect(matchPattern('/', '/')).toEqual({});
    expect(matchPattern('/', '/one')).toBeNull();
  });

  it('ignores a trailing slash and decodes parameters', () => {
    expect(matchPattern('/:a', '/one/')).toEqual({ a: 'one' });
    expect(matchPattern('/', '//')).toEqual({});
    expect(matchPattern('/:a', '/a%20b%2Fc')).toEqual({ a: 'a b/c' });
  });

  it('refuses an empty parameter or one that is not valid percent-encoding', () => {
    expect(matchPattern('/:a/:b', '//two')).toBeNull();
    expect(matchPattern('/:a', '/%E0%A4%A')).toBeNull();
  });
});

describe('pathBuilder', () => {
  it('writes the values in the order of the pattern, each percent-encoded', () => {
    expect(pathBuilder('/:a/x/:b')('a b', 'c/d')).toBe('/a%20b/x/c%2Fd');
    expect(pathBuilder('/x/y')()).toBe('/x/y');
    expect(pathBuilder('/')()).toBe('/');
  });
});
