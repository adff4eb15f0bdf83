import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';
import { RegistrationStatus } from '../roundtable-registration.entity';
import { Roundtable } from '../roundtable.entity';

/** What a message to one registrant says. */
export interface RegistrantMessage {
  to: string;
  roundtable: Roundtable;
  status: RegistrationStatus;
  waitingPosition: number | null;
  /** The private cancel link; absent when moved up from the waiting list (the first message has it). */
  cancelUrl?: string;
  /** For an online roundtable with a confirmed place. */
  joiningLink: string | null;
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "Saturday 10 May 2031" and "18:00" of an instant, in London. */
function londonParts(instant: string): { day: string; time: string } {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return {
    day: `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** "Saturday 10 May 2031, 18:00 to 20:00 (London time)". */
export function whenInWords(roundtable: Pick<Roundtable, 'startsAt' | 'endsAt'>): string {
  const start = londonParts(roundtable.startsAt);
  const end = londonParts(roundtable.endsAt);
  const until = start.day === end.day ? end.time : `${end.day}, ${end.time}`;
  return `${start.day}, ${start.time} to ${until} (London time)`;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The message as plain-text paragraphs (a link is a paragraph of its own), the same for both parts. */
function paragraphs(message: RegistrantMessage, movedUp: boolean): { subject: string; lines: string[] } {
  const { roundtable } = message;
  const where = roundtable.online ? 'Online' : (roundtable.location ?? '');
  const lines: string[] = [];
  let subject: string;
  if (movedUp) {
    subject = `You have a place: ${roundtable.title}`;
    lines.push(`A place has come free and it is yours: you are now registered for “${roundtable.title}”.`);
  } else if (message.status === RegistrationStatus.WAITING) {
    subject = `On the waiting list: ${roundtable.title}`;
    lines.push(
      `“${roundtable.title}” is full, so you are on its waiting list, number ${message.waitingPosition}. If a place comes free it is offered in order, and we will email you.`,
    );
  } else {
    subject = `Registered: ${roundtable.title}`;
    lines.push(`You are registered for “${roundtable.title}”.`);
  }
  lines.push(`When: ${whenInWords(roundtable)}`, `Where: ${where}`);
  if (message.joiningLink) lines.push('Join online with this link (keep it to yourself):', message.joiningLink);
  if (message.cancelUrl) {
    lines.push('If you cannot come, cancel with your private link, so that someone else can have the place:');
    lines.push(message.cancelUrl);
  } else {
    lines.push('If you cannot come, cancel with the private link from your first message.');
  }
  lines.push(
    'Your name, email and what else you gave are seen only by the organisation’s executives, and are deleted after the roundtable.',
  );
  return { subject, lines };
}

/**
 * The roundtable mail: a confirmation with the private cancel link, and a "you have a place now"
 * message when someone is moved up from the waiting list. Sent through SMTP_URL when it is set,
 * otherwise not at all (the confirmation page shows the cancel link either way). Sending never
 * holds up the answer and never fails a registration; the log names the registration, never an
 * address or a link.
 */
@Injectable()
export class RoundtableMail implements OnModuleDestroy {
  private readonly logger = new Logger('RoundtableMail');
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor(config: AppConfig) {
    this.from = config.mailFrom;
    this.transport = config.SMTP_URL
      ? createTransport({
          url: config.SMTP_URL,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
          logger: false,
          debug: false,
        })
      : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** The confirmation of a registration (or of a place on the waiting list). */
  confirmation(registrationId: string, message: RegistrantMessage): Promise<void> {
    return this.send(registrationId, message, false);
  }

  /** The message to someone moved up from the waiting list to a place. */
  movedUp(registrationId: string, message: RegistrantMessage): Promise<void> {
    return this.send(registrationId, message, true);
  }

  private async send(registrationId: string, message: RegistrantMessage, movedUp: boolean): Promise<void> {
    if (!this.transport) return;
    const { subject, lines } = paragraphs(message, movedUp);
    const html = lines
      .map((line) =>
        /^https?:\/\//.test(line)
          ? `<p><a href="${escapeHtml(line)}">${escapeHtml(line)}</a></p>`
          : `<p>${escapeHtml(line)}</p>`,
      )
      .join('\n');
    try {
      await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject,
        text: `${lines.join('\n\n')}\n`,
        html: `<!doctype html><html><body>\n${html}\n</body></html>\n`,
      });
    } catch (error) {
      // The error's message may quote the address; its code does not.
      const code =
        (error as { code?: string; responseCode?: number }).responseCode ?? (error as { code?: string }).code;
      this.logger.warn({ event: 'mail.failed', registrationId, code: code ?? 'unknown' }, 'Roundtable mail not sent');
    }
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
