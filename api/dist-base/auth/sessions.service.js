"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.SessionsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const clock_1 = require("../common/clock");
const ids_1 = require("../common/ids");
const transactions_1 = require("../common/transactions");
const app_config_1 = require("../config/app-config");
const session_entity_1 = require("./session.entity");
const tokens_1 = require("./tokens");
const user_entity_1 = require("./user.entity");
/** Touching `last_seen_at` at most this often keeps reads from turning into writes. */
const TOUCH_EVERY_MS = 60_000;
/** Opaque session tokens in an HttpOnly cookie; only their SHA-256 is stored, with idle and absolute expiry. */
let SessionsService = class SessionsService {
    sessions;
    users;
    config;
    clock;
    transactions;
    constructor(sessions, users, config, clock, transactions) {
        this.sessions = sessions;
        this.users = users;
        this.config = config;
        this.clock = clock;
        this.transactions = transactions;
    }
    /** `__Host-` binds the cookie to this origin over HTTPS (no Domain, Path=/, Secure). */
    get cookieName() {
        return this.config.secureCookies ? '__Host-tracker_session' : 'tracker_session';
    }
    tokenFrom(request) {
        const header = request.headers.cookie ?? '';
        for (const part of header.split(';')) {
            const [name, ...value] = part.trim().split('=');
            if (name === this.cookieName)
                return value.join('=') || null;
        }
        return null;
    }
    /** Starts a session for the user (inside the caller's transaction) and sets its cookie. */
    async start(manager, user, reply) {
        const token = (0, tokens_1.newToken)();
        const now = this.clock.now();
        const absoluteMs = this.config.SESSION_ABSOLUTE_HOURS * 3_600_000;
        await manager.insert(session_entity_1.Session, {
            id: (0, ids_1.newId)(),
            userId: user.id,
            tokenHash: (0, tokens_1.hashToken)(token),
            createdAt: now.toISOString(),
            lastSeenAt: now.toISOString(),
            expiresAt: new Date(now.getTime() + absoluteMs).toISOString(),
        });
        this.setCookie(reply, token, Math.floor(absoluteMs / 1000));
    }
    /** The signed-in user of a request, or null; expired sessions are removed on sight. */
    async resolve(request) {
        const token = this.tokenFrom(request);
        if (!token)
            return null;
        const session = await this.sessions.findOneBy({ tokenHash: (0, tokens_1.hashToken)(token) });
        if (!session)
            return null;
        const now = this.clock.now().getTime();
        const idleMs = this.config.SESSION_IDLE_MINUTES * 60_000;
        const user = await this.users.findOneBy({ id: session.userId });
        if (!user ||
            user.disabledAt ||
            now >= Date.parse(session.expiresAt) ||
            now - Date.parse(session.lastSeenAt) >= idleMs) {
            await this.transactions.run((manager) => manager.delete(session_entity_1.Session, { id: session.id }));
            return null;
        }
        if (now - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS) {
            const lastSeenAt = new Date(now).toISOString();
            await this.transactions.run((manager) => manager.update(session_entity_1.Session, { id: session.id }, { lastSeenAt }));
            session.lastSeenAt = lastSeenAt;
        }
        return { session, user };
    }
    async end(manager, sessionId, reply) {
        await this.drop(manager, sessionId);
        this.clearCookie(reply);
    }
    /** Removes a session and leaves the cookie alone: a sign-in that replaces it sets a new one. */
    async drop(manager, sessionId) {
        await manager.delete(session_entity_1.Session, { id: sessionId });
    }
    /** Ends every session of a user (disabling, setting a password); returns how many there were. */
    async endAllFor(manager, userId) {
        return (await manager.delete(session_entity_1.Session, { userId })).affected ?? 0;
    }
    /** Ends every session of a user but `keepSessionId` (a password change keeps the one that made it). */
    async endOthersFor(manager, userId, keepSessionId) {
        return (await manager.delete(session_entity_1.Session, { userId, id: (0, typeorm_2.Not)(keepSessionId) })).affected ?? 0;
    }
    /** Tells the browser to forget its session cookie. */
    clearCookie(reply) {
        this.setCookie(reply, '', 0);
    }
    setCookie(reply, value, maxAgeSeconds) {
        const attributes = [
            `${this.cookieName}=${value}`,
            'Path=/',
            'HttpOnly',
            'SameSite=Lax',
            `Max-Age=${maxAgeSeconds}`,
        ];
        if (this.config.secureCookies)
            attributes.push('Secure');
        void reply.header('set-cookie', attributes.join('; '));
    }
};
exports.SessionsService = SessionsService;
exports.SessionsService = SessionsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectRepository)(session_entity_1.Session)),
    __param(1, (0, typeorm_1.InjectRepository)(user_entity_1.User)),
    __metadata("design:paramtypes", [typeorm_2.Repository,
        typeorm_2.Repository,
        app_config_1.AppConfig,
        clock_1.Clock,
        transactions_1.Transactions])
], SessionsService);
//# sourceMappingURL=sessions.service.js.map