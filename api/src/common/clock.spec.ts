import { Clock, currentTime, startClockAt } from './clock';

describe('the process clock', () => {
  afterEach(() => startClockAt(new Date()));

  it('follows the system clock until started elsewhere', () => {
    startClockAt(new Date());
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it('starts at the chosen instant and runs on from there', async () => {
    startClockAt(new Date('2027-03-28T00:30:00Z'));
    const first = currentTime();
    expect(first.getTime() - Date.parse('2027-03-28T00:30:00Z')).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(currentTime().getTime()).toBeGreaterThan(first.getTime());
  });

  it('gives today as the date in Europe/London', () => {
    // 23:30 UTC on 28 June is already 29 June in London (BST).
    startClockAt(new Date('2027-06-28T23:30:00Z'));
    expect(new Clock().today()).toBe('2027-06-29');
  });
});
