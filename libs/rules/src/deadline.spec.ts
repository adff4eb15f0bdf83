import { DeadlineStatus } from './enums';
import { deadlineLens, DUE_SOON_DAYS } from './deadline';

const today = '2024-06-15';

describe('deadlineLens', () => {
  it('treats a deadline up to 30 days away as due soon', () => {
    expect(DUE_SOON_DAYS).toBe(30);
  });

  it.each([
    ['no due date', null, null, DeadlineStatus.NO_DEADLINE],
    ['no due date but completed', null, '2024-06-01', DeadlineStatus.NO_DEADLINE],
    ['completed before the due date', '2024-06-30', '2024-06-01', DeadlineStatus.MET],
    ['completed exactly on the due date', '2024-06-01', '2024-06-01', DeadlineStatus.MET],
    ['completed the day after the due date', '2024-06-01', '2024-06-02', DeadlineStatus.MET_LATE],
    ['completed late, long ago', '2023-01-31', '2023-06-30', DeadlineStatus.MET_LATE],
    ['completed early, due in the future', '2025-01-01', '2024-06-01', DeadlineStatus.MET],
    ['due yesterday, not completed', '2024-06-14', null, DeadlineStatus.OVERDUE],
    ['due today, not completed', '2024-06-15', null, DeadlineStatus.DUE_SOON],
    ['due tomorrow', '2024-06-16', null, DeadlineStatus.DUE_SOON],
    ['due in exactly 30 days', '2024-07-15', null, DeadlineStatus.DUE_SOON],
    ['due in 31 days', '2024-07-16', null, DeadlineStatus.ON_TRACK],
    ['due next year', '2025-06-15', null, DeadlineStatus.ON_TRACK],
  ])('%s', (_case, dueDate, completedOn, expected) => {
    expect(deadlineLens({ dueDate, completedOn, today })).toBe(expected);
  });

  it('settles once completed, whatever today is', () => {
    const input = { dueDate: '2024-06-01', completedOn: '2024-05-20' };
    expect(deadlineLens({ ...input, today: '2024-05-25' })).toBe(DeadlineStatus.MET);
    expect(deadlineLens({ ...input, today: '2030-01-01' })).toBe(DeadlineStatus.MET);
  });

  it('counts calendar days across a clock change', () => {
    // 30 days from 2024-03-01 spans the spring clock change.
    expect(deadlineLens({ dueDate: '2024-03-31', completedOn: null, today: '2024-03-01' })).toBe(
      DeadlineStatus.DUE_SOON,
    );
    expect(deadlineLens({ dueDate: '2024-04-01', completedOn: null, today: '2024-03-01' })).toBe(
      DeadlineStatus.ON_TRACK,
    );
  });
});
