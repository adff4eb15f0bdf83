import { Injectable } from '@nestjs/common';
import { londonDate } from '@tracker/rules';

/** The current time, injectable so tests can fix it. "Today" is the calendar date in Europe/London. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return londonDate(this.now());
  }
}
