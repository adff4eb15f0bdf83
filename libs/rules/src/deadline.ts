import { DeadlineStatus } from './enums';
import { daysBetween } from './calendar';

/** A deadline this many days away or fewer (and not yet passed) is DUE_SOON. */
export const DUE_SOON_DAYS = 30;

/**
 * The deadline lens of a commitment or milestone, computed from calendar dates and never
 * entered. Once completed it is settled as MET (on or before the due date) or MET_LATE;
 * until then it is OVERDUE after the due date, DUE_SOON from DUE_SOON_DAYS before it up to
 * and including the day itself, and ON_TRACK before that. Without a due date it is
 * NO_DEADLINE, completed or not.
 */
export function deadlineLens(input: {
  dueDate: string | null;
  completedOn: string | null;
  today: string;
}): DeadlineStatus {
  const { dueDate, completedOn, today } = input;
  if (dueDate === null) return DeadlineStatus.NO_DEADLINE;
  if (completedOn !== null) {
    return daysBetween(completedOn, dueDate) >= 0 ? DeadlineStatus.MET : DeadlineStatus.MET_LATE;
  }
  const daysLeft = daysBetween(today, dueDate);
  if (daysLeft < 0) return DeadlineStatus.OVERDUE;
  return daysLeft <= DUE_SOON_DAYS ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
}
