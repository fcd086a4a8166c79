/**
 * Signing staff in and keeping them signed in. The session token is 32 random bytes in an HttpOnly
 * cookie; the database keeps only its SHA-256, with the session's CSRF token, its idle and absolute
 * expiry. Attempts are counted per account and per client address before any password is checked.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../core/clock';
import type { StaffAccount } from '../../core/staff';
import type { AccountRepository, LoginThrottleStore, SessionStore } from '../../conversation/staff.port';
import { verifyPassword } from './passwords';

export interface AuthSettings {
  idleMinutes: number;
  maxHours: number;
  /** Failed sign-ins of one account within the window before it is locked for the rest of it. */
  maxFailures: number;
  /** Sign-in attempts from one address within the window. */
  maxPerAddress: number;
  windowMinutes: number;
}

export interface StaffSession {
  token: string;
  csrfToken: string;
  account: StaffAccount;
}

export type LoginResult =
  | ({ ok: true } & StaffSession)
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

export interface StaffAuthDeps {
  accounts: AccountRepository;
  sessions: SessionStore;
  throttle: LoginThrottleStore;
  clock: Clock;
  settings: AuthSettings;
}

/** lastSeenAt is written at most once a minute, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export class StaffAuth {
  constructor(private readonly deps: StaffAuthDeps) {}

  async login(username: string, password: string, address: string, userAgent?: string): Promise<LoginResult> {
    const { settings, throttle } = this.deps;
    const now = this.deps.clock.now();
    const windowStartAfter = new Date(now.getTime() - settings.windowMinutes * 60_000);
    const name = username.trim().toLowerCase();
    const accountKey = `account:${name}`;
    const addressKey = `ip:${address}`;
    const [byAccount, byAddress] = await Promise.all([
      throttle.reserve(accountKey, now, windowStartAfter),
      throttle.reserve(addressKey, now, windowStartAfter),
    ]);
    const over = [
      byAccount.attempts > settings.maxFailures ? byAccount : undefined,
      byAddress.attempts > settings.maxPerAddress ? byAddress : undefined,
    ].filter((c) => c !== undefined);
    if (over.length) {
      const ends = Math.max(...over.map((c) => c.windowStart.getTime() + settings.windowMinutes * 60_000));
      return {
        ok: false,
        reason: 'throttled',
        retryAfterSeconds: Math.max(1, Math.ceil((ends - now.getTime()) / 1000)),
      };
    }
    const account = await this.deps.accounts.findByUsername(name);
    const valid = await verifyPassword(account?.passwordHash ?? null, password);
    if (!account || !valid || !account.active) return { ok: false, reason: 'invalid' };
    await Promise.all([throttle.clear(accountKey), throttle.forgive(addressKey)]);
    const { passwordHash: _secret, ...safe } = account;
    return { ok: true, ...(await this.open(safe, now, userAgent)) };
  }

  /** The session behind a cookie token, or null when there is none, it expired or its account is disabled. */
  async authenticate(token: string | undefined): Promise<StaffSession | null> {
    if (!token || token.length > 100) return null;
    const tokenHash = hashToken(token);
    const session = await this.deps.sessions.find(tokenHash);
    if (!session) return null;
    const now = this.deps.clock.now();
    const idleSince = now.getTime() - this.deps.settings.idleMinutes * 60_000;
    if (session.expiresAt <= now || session.lastSeenAt.getTime() < idleSince || !session.account.active) {
      await this.deps.sessions.delete(tokenHash);
      return null;
    }
    await this.deps.sessions.touch(tokenHash, now, new Date(now.getTime() - TOUCH_EVERY_MS));
    return { token, csrfToken: session.csrfToken, account: session.account };
  }

  logout(token: string): Promise<void> {
    return this.deps.sessions.delete(hashToken(token));
  }

  /** Ends every session of the account on every instance (a lost phone, a disabled account). */
  logoutEverywhere(staffId: string): Promise<number> {
    return this.deps.sessions.deleteAllFor(staffId);
  }

  /** Housekeeping for the minute job: sessions past their end are deleted. */
  sweep(): Promise<number> {
    const now = this.deps.clock.now();
    return this.deps.sessions.deleteExpired(now, new Date(now.getTime() - this.deps.settings.idleMinutes * 60_000));
  }

  private async open(account: StaffAccount, now: Date, userAgent?: string): Promise<StaffSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.deps.sessions.create({
      tokenHash: hashToken(token),
      staffId: account.id,
      csrfToken,
      now,
      expiresAt: new Date(now.getTime() + this.deps.settings.maxHours * 3_600_000),
      userAgent,
    });
    return { token, csrfToken, account };
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The CSRF check: the token sent with a change must be the session's, compared in constant time. */
export function csrfMatches(session: StaffSession, sent: string | undefined): boolean {
  if (!sent) return false;
  const a = Buffer.from(session.csrfToken);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}
