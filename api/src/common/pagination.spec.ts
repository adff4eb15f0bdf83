import { ErrorCode } from './domain-error';
import { ConnectionArgs, decodeCursor, encodeCursor, paginate } from './pagination';

const args = (first: number, after?: string): ConnectionArgs => Object.assign(new ConnectionArgs(), { first, after });
const items = ['a', 'b', 'c', 'd', 'e'];

describe('paginate', () => {
  it('walks a list page by page with cursors', () => {
    const first = paginate(items, args(2), (x) => x);
    expect(first.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(5);
    const second = paginate(items, args(2, first.pageInfo.endCursor!), (x) => x);
    expect(second.edges.map((e) => e.node)).toEqual(['c', 'd']);
    const last = paginate(items, args(2, second.pageInfo.endCursor!), (x) => x);
    expect(last.edges.map((e) => e.node)).toEqual(['e']);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it('gives an empty page with a null end cursor for an empty list', () => {
    const page = paginate([], args(10), (x: string) => x);
    expect(page).toEqual({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each(['not a cursor!', '', 'Zm9v=', encodeCursor('zzz')])('rejects the cursor %p as bad input', (cursor) => {
    expect(() => paginate(items, args(2, cursor || '%'), (x) => x)).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }),
    );
  });

  it('round-trips keys through cursors', () => {
    expect(decodeCursor(encodeCursor('C12:3f2a'))).toBe('C12:3f2a');
  });
});
