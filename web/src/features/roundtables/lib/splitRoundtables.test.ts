import { describe, expect, it } from 'vitest';
import { splitRoundtables } from './splitRoundtables';

const at = (day: string, status = 'UPCOMING') => ({
  startsAt: `2026-${day}T18:00:00.000Z`,
  endsAt: `2026-${day}T20:00:00.000Z`,
  status,
});

describe('splitRoundtables', () => {
  it('puts upcoming ones first, soonest first, and past ones latest first', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const list = [at('07-01'), at('03-01', 'HELD'), at('06-10'), at('05-01', 'HELD'), at('06-20', 'CANCELLED')];
    const { upcoming, past } = splitRoundtables(list, now);
    expect(upcoming.map((r) => r.startsAt.slice(5, 10))).toEqual(['06-10', '06-20', '07-01']);
    expect(past.map((r) => r.startsAt.slice(5, 10))).toEqual(['05-01', '03-01']);
  });

  it('counts a roundtable whose end has passed as past even before it is marked held', () => {
    const { upcoming, past } = splitRoundtables([at('05-01')], new Date('2026-06-01T12:00:00Z'));
    expect(upcoming).toEqual([]);
    expect(past).toHaveLength(1);
  });
});
