import { whenInWords } from './roundtable-mail';

describe('whenInWords', () => {
  it('says a roundtable’s day and times in London, in summer and in winter', () => {
    expect(whenInWords({ startsAt: '2031-05-10T17:00:00.000Z', endsAt: '2031-05-10T19:30:00.000Z' })).toBe(
      'Saturday 10 May 2031, 18:00 to 20:30 (London time)',
    );
    expect(whenInWords({ startsAt: '2031-01-10T09:05:00.000Z', endsAt: '2031-01-10T11:00:00.000Z' })).toBe(
      'Friday 10 January 2031, 09:05 to 11:00 (London time)',
    );
  });

  it('names both days when it runs past midnight in London', () => {
    expect(whenInWords({ startsAt: '2031-05-10T21:00:00.000Z', endsAt: '2031-05-10T23:30:00.000Z' })).toBe(
      'Saturday 10 May 2031, 22:00 to Sunday 11 May 2031, 00:30 (London time)',
    );
  });
});
