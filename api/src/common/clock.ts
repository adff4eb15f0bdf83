import { Injectable } from '@nestjs/common';
import { londonDate } from '@tracker/rules';

/**
 * How far the process's clock is ahead of the system's, in milliseconds: 0 unless the clock was
 * started at a chosen instant (CLOCK_START), from which it then runs at the normal pace.
 */
let offsetMs = 0;

/** Starts the process's clock at `instant`; from then on it runs like the system clock. */
export function startClockAt(instant: Date): void {
  offsetMs = instant.getTime() - Date.now();
}

/** The current time by the process's clock. Every instant the tracker stores comes from here. */
export function currentTime(): Date {
  return new Date(Date.now() + offsetMs);
}

/** The current time, injectable. "Today" is the calendar date in Europe/London. */
@Injectable()
export class Clock {
  now(): Date {
    return currentTime();
  }

  today(): string {
    return londonDate(this.now());
  }
}
