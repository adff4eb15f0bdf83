import { Injectable } from '@nestjs/common';
import ical from 'ical-generator';
import { Clock } from '../common/clock';
import { RoundtableStatus } from '../roundtables/roundtable.entity';
import { RoundtablesService } from '../roundtables/roundtables.service';
import { audienceLabel, deadlineLabel, statusLabel } from './labels';
import { PublicLinks, PublicPlan } from './public-plan';

/** How often a subscribed calendar should fetch the file again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const CALENDAR_REFRESH_SECONDS = 3600;

const LONDON = 'Europe/London';

/** Europe/London's rules since 1996, for the TZID the roundtables' times carry (RFC 5545 §3.6.5). */
const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${LONDON}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

let wallClock: Intl.DateTimeFormat | undefined;

/** An instant as the wall-clock time in London, `YYYY-MM-DDTHH:mm:ss`, which ical-generator writes as it is. */
function londonWallTime(instant: string): string {
  wallClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: LONDON,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  const parts = wallClock.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}`;
}

/**
 * The plan's iCalendar file (RFC 5545): every commitment's and milestone's due date as an
 * all-day event whose summary says what is due and its current status, and the upcoming
 * roundtables at their times in Europe/London (never their joining links). Each event's UID is
 * the id of what it is about, so a subscribed calendar updates its events instead of adding new ones.
 */
@Injectable()
export class PlanCalendars {
  constructor(
    private readonly roundtables: RoundtablesService,
    private readonly clock: Clock,
  ) {}

  async ics(found: PublicPlan): Promise<string> {
    const { organisation, plan, state } = found;
    const links = new PublicLinks(found);
    const calendar = ical({
      name: plan.title,
      description: `Due dates of ${plan.title} (${organisation.name}) and its upcoming roundtables.`,
      prodId: { company: 'Action Plan Tracker', product: 'Plan calendar', language: 'EN' },
      url: links.plan,
      ttl: CALENDAR_REFRESH_SECONDS,
    });
    const commitments = [...state.commitments].sort((a, b) => a.position - b.position);
    for (const commitment of commitments) {
      const lenses = state.states.get(commitment.id);
      if (commitment.dueDate && lenses) {
        calendar.createEvent({
          id: commitment.id,
          stamp: new Date(commitment.updatedAt),
          start: commitment.dueDate,
          allDay: true,
          summary: `${commitment.reference} due: ${commitment.title} (assessment: ${statusLabel(lenses.assessment)}; ${deadlineLabel(lenses.deadline)})`,
          description: [
            `Commitment ${commitment.reference} of ${plan.title} is due.`,
            commitment.owner ? `Owner: ${commitment.owner}` : null,
            `Assessment: ${statusLabel(lenses.assessment)}. Party’s account: ${statusLabel(lenses.partyReported)}.`,
            `Deadline: ${deadlineLabel(lenses.deadline)}.`,
          ]
            .filter((line) => line !== null)
            .join('\n'),
          url: links.commitment(commitment.reference),
        });
      }
      const milestones = state.milestones
        .filter((milestone) => milestone.commitmentId === commitment.id)
        .sort((a, b) => a.position - b.position);
      for (const milestone of milestones) {
        const lens = lenses?.milestones.get(milestone.id);
        if (!milestone.dueDate || !lens) continue;
        calendar.createEvent({
          id: milestone.id,
          stamp: new Date(milestone.updatedAt),
          start: milestone.dueDate,
          allDay: true,
          summary: `${commitment.reference} ${milestone.reference} due: ${milestone.title} (${statusLabel(lens.status)}; ${deadlineLabel(lens.deadline)})`,
          description: `Milestone ${milestone.reference} of commitment ${commitment.reference} (${commitment.title}) is due.\nStatus: ${statusLabel(lens.status)}. Deadline: ${deadlineLabel(lens.deadline)}.`,
          url: links.commitment(commitment.reference),
        });
      }
    }
    const now = this.clock.now().getTime();
    const upcoming = (await this.roundtables.findByPlanIds([plan.id])).filter(
      (roundtable) => roundtable.status === RoundtableStatus.UPCOMING && Date.parse(roundtable.endsAt) > now,
    );
    for (const roundtable of upcoming) {
      calendar.createEvent({
        id: roundtable.id,
        stamp: new Date(roundtable.updatedAt),
        start: londonWallTime(roundtable.startsAt),
        end: londonWallTime(roundtable.endsAt),
        timezone: LONDON,
        summary: `Roundtable: ${roundtable.title}`,
        description: `For: ${audienceLabel(roundtable.audience)}.\n${
          roundtable.online ? 'Online: those who register are sent the joining link.\n' : ''
        }Register on ${links.roundtable(roundtable.id)}`,
        location: roundtable.online ? 'Online' : roundtable.location,
        url: links.roundtable(roundtable.id),
      });
    }
    const text = calendar.toString();
    // ical-generator writes a VTIMEZONE only with a calendar-wide zone, which would also write
    // DTSTAMP in local time; the roundtables' zone is given here instead.
    return upcoming.length > 0 ? text.replace('BEGIN:VEVENT', `${LONDON_VTIMEZONE}\r\nBEGIN:VEVENT`) : text;
  }
}
