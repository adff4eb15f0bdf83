import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FastifyReply, FastifyRequest } from 'fastify';
import { IncomingHttpHeaders } from 'node:http';
import { EntityManager, Not, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { Transactions } from '../common/transactions';
import { AppConfig } from '../config/app-config';
import { Session } from './session.entity';
import { hashToken, newToken } from './tokens';
import { User } from './user.entity';

/** Touching `last_seen_at` at most this often keeps reads from turning into writes. */
const TOUCH_EVERY_MS = 60_000;

export interface ActiveSession {
  session: Session;
  user: User;
}

/** Opaque session tokens in an HttpOnly cookie; only their SHA-256 is stored, with idle and absolute expiry. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly transactions: Transactions,
  ) {}

  /** `__Host-` binds the cookie to this origin over HTTPS (no Domain, Path=/, Secure). */
  get cookieName(): string {
    return this.config.secureCookies ? '__Host-tracker_session' : 'tracker_session';
  }

  tokenFrom(request: { headers: IncomingHttpHeaders }): string | null {
    const header = request.headers.cookie;
    if (!header) return null;
    for (const part of header.split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === this.cookieName) return value.join('=') || null;
    }
    return null;
  }

  /** Starts a session for the user (inside the caller's transaction) and sets its cookie. */
  async start(manager: EntityManager, user: User, reply: FastifyReply): Promise<void> {
    const token = newToken();
    const now = this.clock.now();
    const absoluteMs = this.config.SESSION_ABSOLUTE_HOURS * 3_600_000;
    await manager.insert(Session, {
      id: newId(),
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + absoluteMs).toISOString(),
    });
    this.setCookie(reply, token, Math.floor(absoluteMs / 1000));
  }

  /** The signed-in user of a request, or null; expired sessions are removed on sight. */
  async resolve(request: FastifyRequest): Promise<ActiveSession | null> {
    const token = this.tokenFrom(request);
    if (!token) return null;
    const session = await this.sessions.findOneBy({ tokenHash: hashToken(token) });
    if (!session) return null;
    const now = this.clock.now().getTime();
    const idleMs = this.config.SESSION_IDLE_MINUTES * 60_000;
    const user = await this.users.findOneBy({ id: session.userId });
    if (
      !user ||
      user.disabledAt ||
      now >= Date.parse(session.expiresAt) ||
      now - Date.parse(session.lastSeenAt) >= idleMs
    ) {
      await this.transactions.runUnpublished(Session, (sessions) => sessions.delete({ id: session.id }));
      return null;
    }
    if (now - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
      const lastSeenAt = new Date(now).toISOString();
      await this.transactions.runUnpublished(Session, (sessions) =>
        sessions.update({ id: session.id }, { lastSeenAt }),
      );
      session.lastSeenAt = lastSeenAt;
    }
    return { session, user };
  }

  async end(manager: EntityManager, sessionId: string, reply: FastifyReply): Promise<void> {
    await this.drop(manager, sessionId);
    this.clearCookie(reply);
  }

  /** Removes a session and leaves the cookie alone: a sign-in that replaces it sets a new one. */
  async drop(manager: EntityManager, sessionId: string): Promise<void> {
    await manager.delete(Session, { id: sessionId });
  }

  /** Ends every session of a user (disabling, setting a password); returns how many there were. */
  async endAllFor(manager: EntityManager, userId: string): Promise<number> {
    return (await manager.delete(Session, { userId })).affected ?? 0;
  }

  /** Ends every session of a user but `keepSessionId` (a password change keeps the one that made it). */
  async endOthersFor(manager: EntityManager, userId: string, keepSessionId: string): Promise<number> {
    return (await manager.delete(Session, { userId, id: Not(keepSessionId) })).affected ?? 0;
  }

  /** Tells the browser to forget its session cookie. */
  clearCookie(reply: FastifyReply): void {
    this.setCookie(reply, '', 0);
  }

  private setCookie(reply: FastifyReply, value: string, maxAgeSeconds: number): void {
    const attributes = [
      `${this.cookieName}=${value}`,
      'Path=/',
      'HttpOnly',
      'SameSite=Lax',
      `Max-Age=${maxAgeSeconds}`,
    ];
    if (this.config.secureCookies) attributes.push('Secure');
    void reply.header('set-cookie', attributes.join('; '));
  }
}
