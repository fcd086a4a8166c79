/**
 * All configuration, read once from the environment, validated, and passed down.
 * Nothing else in the service reads process.env.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { ISOLATION_RULE_SET_IDS } from '../domains/isolation';

export interface Config {
  port: number;
  host: string;
  /** undefined: the embedded database under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  twilio: {
    accountSid?: string;
    authToken?: string;
    phoneNumber?: string;
    /** Public origin Twilio calls; webhook signatures are computed over it. */
    publicBaseUrl?: string;
  };
  emergencyNumber: string;
  operatorNumber?: string;
  /**
   * Deprecated: comma-separated numbers of callers known to be 65+. A number registered as a key
   * person aged 65+ needs no entry; this list still counts for numbers not in the register.
   */
  elderlyNumbers: string[];
  isolationRules: string;
  clinicsFile?: string;
  /** The communities directory replacing knowledge/communities.json. */
  communitiesFile?: string;
  /** Open311 API keys allowed to file requests (POST requests.json). */
  open311ApiKeys: string[];
  /** Longest message text accepted, in characters. */
  maxTextLength: number;
  /** Dashboard sessions and sign-in limits. */
  staff: {
    sessionIdleMinutes: number;
    sessionMaxHours: number;
    loginMaxFailures: number;
    loginMaxPerAddress: number;
    loginWindowMinutes: number;
  };
  bot: BotConfig;
  /** Integrators allowed on POST /api/v1/chat; empty: the API is open (local development only). */
  chatApiKeys: ApiKey[];
  /** Bearer token for /metrics and /docs; undefined: only this machine may read them. */
  opsToken?: string;
  limits: RateLimits;
  http: HttpLimits;
  /** Key people's check-ins (CONTRACT.md "Key people and check-ins"). */
  checkIns: CheckInConfig;
}

export interface CheckInConfig {
  /** Minutes after local midnight (Asia/Shanghai): nobody is texted or called from start to end. */
  quiet: { start: number; end: number };
  /** "HH:MM" for people who gave no preferred time. */
  defaultTime: string;
  maxAttempts: number;
  retryMinutes: number;
}

/** The Bot Framework endpoint (POST /api/messages) on the Microsoft 365 Agents SDK. */
export interface BotConfig {
  /** The bot's Entra app (client) id; when set, every request's JWT is validated. */
  appId?: string;
  /** Client secret for the bot's replies to the channel; or a certificate below. */
  password?: string;
  certPemFile?: string;
  certKeyFile?: string;
  tenantId?: string;
  /** Entra authority the signing keys come from (another cloud; tests: a local key server). */
  authority?: string;
  /** Unsigned requests accepted: local testing only, never with NODE_ENV=production. */
  anonymous: boolean;
}

/** A key handed to one integrator; its label namespaces the integrator's conversations. */
export interface ApiKey {
  label: string;
  key: string;
}

/** At most `max` in any `windowSeconds` (fixed windows, counted in the database across instances). */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

export interface RateLimits {
  /** Requests per client address (not Twilio's signed webhooks). null: off. */
  ip: RateLimit | null;
  /** Chat turns per session. */
  session: RateLimit | null;
  /** Text messages per sender's phone number. */
  phone: RateLimit | null;
}

export interface HttpLimits {
  /** Fastify's trustProxy: false, true, a hop count or addresses/CIDRs of the proxies. */
  trustProxy: boolean | number | string[];
  /** Requests handled at once by this instance; beyond it anything but an emergency is shed with 503. */
  maxInFlight: number;
  /** The event loop running later than this (ms) is overload too; 0: only the in-flight count. */
  maxEventLoopDelayMs: number;
  maxConnections: number;
  maxConnectionsPerIp: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const PHONE = /^\+?[0-9]{3,15}$/;

function str(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = str(env, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = str(env, name) ?? fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function phone(env: Env, name: string, fallback?: string): string | undefined {
  const raw = str(env, name) ?? fallback;
  if (raw !== undefined && !PHONE.test(raw))
    throw new ConfigError(name, `must be a phone number such as 120 or +8657112345678, got "${raw}"`);
  return raw;
}

function databaseUrl(env: Env): string | undefined {
  const raw = str(env, 'DATABASE_URL');
  if (raw === undefined) return undefined;
  if (!/^postgres(ql)?:\/\/.+/.test(raw))
    throw new ConfigError('DATABASE_URL', 'must be a postgresql:// URL, or unset for the embedded database');
  return raw;
}

function publicBaseUrl(env: Env): string | undefined {
  const raw = str(env, 'PUBLIC_BASE_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'PUBLIC_BASE_URL',
      `must be an http(s) origin such as https://hotline.example.org, got "${raw}"`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || (url.pathname !== '/' && url.pathname !== '')) {
    throw new ConfigError('PUBLIC_BASE_URL', `must be an http(s) origin without a path, got "${raw}"`);
  }
  return url.origin;
}

function twilio(env: Env): Config['twilio'] {
  const accountSid = str(env, 'TWILIO_ACCOUNT_SID');
  if (accountSid !== undefined && !/^AC[0-9a-fA-F]{32}$/.test(accountSid)) {
    throw new ConfigError('TWILIO_ACCOUNT_SID', 'must be AC followed by 32 hexadecimal characters');
  }
  const authToken = str(env, 'TWILIO_AUTH_TOKEN');
  const base = publicBaseUrl(env);
  if (authToken && !base)
    throw new ConfigError(
      'PUBLIC_BASE_URL',
      'is required with TWILIO_AUTH_TOKEN: webhook signatures are checked against it',
    );
  return { accountSid, authToken, phoneNumber: phone(env, 'TWILIO_PHONE_NUMBER'), publicBaseUrl: base };
}

function numberList(env: Env, name: string): string[] {
  const raw = str(env, name);
  if (!raw) return [];
  return raw.split(',').map((n) => {
    const v = n.trim();
    if (!PHONE.test(v)) throw new ConfigError(name, `"${v}" is not a phone number`);
    return v;
  });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function bool(env: Env, name: string): boolean {
  const raw = str(env, name);
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

function readableFile(env: Env, name: string): string | undefined {
  const file = str(env, name);
  if (file !== undefined && !existsSync(file)) throw new ConfigError(name, `no such file: ${file}`);
  return file;
}

/** The authority's origin, https unless it is this machine (a test key server). */
function authority(env: Env): string | undefined {
  const raw = str(env, 'MICROSOFT_APP_AUTHORITY');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'MICROSOFT_APP_AUTHORITY',
      `must be a URL such as https://login.microsoftonline.com, got "${raw}"`,
    );
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:'))
    throw new ConfigError('MICROSOFT_APP_AUTHORITY', `must be an https URL, got "${raw}"`);
  return raw.replace(/\/+$/, '');
}

function bot(env: Env): BotConfig {
  const appId = str(env, 'MICROSOFT_APP_ID');
  if (appId !== undefined && !GUID.test(appId))
    throw new ConfigError('MICROSOFT_APP_ID', 'must be the bot’s app (client) id, a GUID');
  const tenantId = str(env, 'MICROSOFT_APP_TENANT_ID');
  if (tenantId !== undefined && !GUID.test(tenantId) && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(tenantId))
    throw new ConfigError('MICROSOFT_APP_TENANT_ID', 'must be a tenant id (GUID) or domain');
  const password = str(env, 'MICROSOFT_APP_PASSWORD');
  const certPemFile = readableFile(env, 'MICROSOFT_APP_CERT_PEM_FILE');
  const certKeyFile = readableFile(env, 'MICROSOFT_APP_CERT_KEY_FILE');
  if (!certPemFile !== !certKeyFile)
    throw new ConfigError(
      certPemFile ? 'MICROSOFT_APP_CERT_KEY_FILE' : 'MICROSOFT_APP_CERT_PEM_FILE',
      'the certificate needs both MICROSOFT_APP_CERT_PEM_FILE and MICROSOFT_APP_CERT_KEY_FILE',
    );
  if (!appId && (password || certPemFile || tenantId))
    throw new ConfigError('MICROSOFT_APP_ID', 'is required with the other MICROSOFT_APP_ settings');
  if (appId && !password && !certPemFile)
    throw new ConfigError(
      'MICROSOFT_APP_PASSWORD',
      'is required with MICROSOFT_APP_ID (or MICROSOFT_APP_CERT_PEM_FILE and MICROSOFT_APP_CERT_KEY_FILE): the bot signs its replies',
    );
  const anonymous = bool(env, 'BOT_ANONYMOUS');
  if (anonymous && str(env, 'NODE_ENV') === 'production')
    throw new ConfigError(
      'BOT_ANONYMOUS',
      'must not be true with NODE_ENV=production: /api/messages would accept unsigned requests',
    );
  if (anonymous && appId)
    throw new ConfigError(
      'BOT_ANONYMOUS',
      'cannot be true with MICROSOFT_APP_ID set: requests are then always validated',
    );
  return { appId, password, certPemFile, certKeyFile, tenantId, authority: authority(env), anonymous };
}

/** Keys are secrets handed to integrators and civic clients: long enough not to be guessed, safe in a form field. */
const API_KEY = /^[A-Za-z0-9_-]{16,128}$/;
const LABEL = /^[a-z0-9][a-z0-9_-]{0,31}$/;

/**
 * A comma-separated list of "label:key" pairs or bare keys (CHAT_API_KEYS, OPEN311_API_KEYS); a bare
 * key gets a label derived from it. The label, not the key, names the holder (chat conversations are
 * namespaced by it), so a key can be replaced without orphaning what its holder made.
 */
function apiKeys(env: Env, name: string): ApiKey[] {
  const raw = str(env, name);
  if (!raw) return [];
  const keys = raw.split(',').map((entry) => {
    const v = entry.trim();
    const colon = v.indexOf(':');
    const label = colon > 0 ? v.slice(0, colon) : `key-${createHash('sha256').update(v).digest('hex').slice(0, 12)}`;
    const key = colon > 0 ? v.slice(colon + 1) : v;
    if (!LABEL.test(label))
      throw new ConfigError(name, `label "${label}" must be 1–32 lower-case letters, digits, "-" or "_"`);
    if (!API_KEY.test(key)) throw new ConfigError(name, 'each key must be 16–128 letters, digits, "-" or "_"');
    return { label, key };
  });
  if (new Set(keys.map((k) => k.label)).size !== keys.length)
    throw new ConfigError(name, 'two keys have the same label');
  return keys;
}

const WINDOW_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600 };

/** "20/1m", "300/60s", "5/1h"; "0" or "off" turns the limit off. */
function rateLimit(env: Env, name: string, fallback: string): RateLimit | null {
  const raw = str(env, name) ?? fallback;
  if (raw === '0' || raw === 'off') return null;
  const m = /^(\d{1,6})\/(\d{1,5})([smh])$/.exec(raw);
  const max = m ? Number(m[1]) : 0;
  const windowSeconds = m ? Number(m[2]) * WINDOW_UNITS[m[3]!]! : 0;
  if (!m || max < 1 || windowSeconds < 1 || windowSeconds > 86400)
    throw new ConfigError(name, `must be a count per window such as 20/1m, 300/60s or 5/1h (or off), got "${raw}"`);
  return { max, windowSeconds };
}

function trustProxy(env: Env): HttpLimits['trustProxy'] {
  const raw = str(env, 'TRUST_PROXY');
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d{1,2}$/.test(raw)) return Number(raw);
  const list = raw.split(',').map((a) => a.trim());
  if (list.some((a) => !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(a)))
    throw new ConfigError('TRUST_PROXY', `must be true, false, a hop count or proxy addresses/CIDRs, got "${raw}"`);
  return list;
}

function httpLimits(env: Env): HttpLimits {
  const headersTimeoutMs = int(env, 'HEADERS_TIMEOUT_MS', 10_000, 1000, 120_000);
  const requestTimeoutMs = int(env, 'REQUEST_TIMEOUT_MS', 30_000, 1000, 600_000);
  if (requestTimeoutMs < headersTimeoutMs)
    throw new ConfigError('REQUEST_TIMEOUT_MS', 'must be at least HEADERS_TIMEOUT_MS');
  return {
    trustProxy: trustProxy(env),
    maxInFlight: int(env, 'MAX_IN_FLIGHT', 64, 1, 100_000),
    maxEventLoopDelayMs: int(env, 'MAX_EVENT_LOOP_DELAY_MS', 100, 0, 60_000),
    maxConnections: int(env, 'MAX_CONNECTIONS', 4096, 16, 1_000_000),
    // Behind a proxy every connection comes from the proxy's address: no per-address cap by default there.
    maxConnectionsPerIp: int(env, 'MAX_CONNECTIONS_PER_IP', trustProxy(env) === false ? 256 : 0, 0, 1_000_000),
    headersTimeoutMs,
    requestTimeoutMs,
    // Node's own default: an idle socket is not held for long (raise it above a load balancer's idle timeout).
    keepAliveTimeoutMs: int(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 1000, 600_000),
  };
}

function opsToken(env: Env): string | undefined {
  const raw = str(env, 'OPS_TOKEN');
  if (raw !== undefined && !API_KEY.test(raw))
    throw new ConfigError('OPS_TOKEN', 'must be 16–128 letters, digits, "-" or "_"');
  return raw;
}

export function loadConfig(env: Env): Config {
  const isolationRules = str(env, 'ISOLATION_RULES') ?? 'zhejiang-2022-12-24';
  if (!(ISOLATION_RULE_SET_IDS as readonly string[]).includes(isolationRules)) {
    throw new ConfigError(
      'ISOLATION_RULES',
      `must be one of ${ISOLATION_RULE_SET_IDS.join(', ')}, got "${isolationRules}"`,
    );
  }
  return {
    port: int(env, 'PORT', 3000, 0, 65535),
    host: str(env, 'HOST') ?? '0.0.0.0',
    databaseUrl: databaseUrl(env),
    dataDir: str(env, 'DATA_DIR') ?? 'data',
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    twilio: twilio(env),
    emergencyNumber: phone(env, 'EMERGENCY_NUMBER', '120') as string,
    operatorNumber: phone(env, 'OPERATOR_NUMBER'),
    elderlyNumbers: numberList(env, 'ELDERLY_NUMBERS'),
    isolationRules,
    clinicsFile: str(env, 'CLINICS_FILE'),
    communitiesFile: str(env, 'COMMUNITIES_FILE'),
    open311ApiKeys: apiKeys(env, 'OPEN311_API_KEYS').map((k) => k.key),
    maxTextLength: int(env, 'MAX_TEXT_LENGTH', 1000, 50, 10000),
    bot: bot(env),
    staff: {
      sessionIdleMinutes: int(env, 'SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
      sessionMaxHours: int(env, 'SESSION_MAX_HOURS', 12, 1, 7 * 24),
      loginMaxFailures: int(env, 'LOGIN_MAX_FAILURES', 5, 1, 100),
      loginMaxPerAddress: int(env, 'LOGIN_MAX_PER_ADDRESS', 30, 1, 10000),
      loginWindowMinutes: int(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    },
    chatApiKeys: apiKeys(env, 'CHAT_API_KEYS'),
    opsToken: opsToken(env),
    limits: {
      ip: rateLimit(env, 'RATE_LIMIT_IP', '300/1m'),
      session: rateLimit(env, 'RATE_LIMIT_SESSION', '20/1m'),
      phone: rateLimit(env, 'RATE_LIMIT_PHONE', '20/10m'),
    },
    http: httpLimits(env),
    checkIns: checkIns(env),
  };
}

function checkIns(env: Env): CheckInConfig {
  const quietRaw = str(env, 'CHECKIN_QUIET_HOURS') ?? '21:00-08:00';
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(quietRaw);
  if (!m) throw new ConfigError('CHECKIN_QUIET_HOURS', `must be HH:MM-HH:MM (e.g. 21:00-08:00), got "${quietRaw}"`);
  const defaultTime = str(env, 'CHECKIN_DEFAULT_TIME') ?? '10:00';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(defaultTime))
    throw new ConfigError('CHECKIN_DEFAULT_TIME', `must be HH:MM, got "${defaultTime}"`);
  const quiet = { start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) };
  const minute = Number(defaultTime.slice(0, 2)) * 60 + Number(defaultTime.slice(3));
  const quietAt =
    quiet.start < quiet.end ? minute >= quiet.start && minute < quiet.end : minute >= quiet.start || minute < quiet.end;
  if (quiet.start !== quiet.end && quietAt)
    throw new ConfigError('CHECKIN_DEFAULT_TIME', `${defaultTime} is inside CHECKIN_QUIET_HOURS ${quietRaw}`);
  return {
    quiet,
    defaultTime,
    maxAttempts: int(env, 'CHECKIN_MAX_ATTEMPTS', 3, 1, 10),
    retryMinutes: int(env, 'CHECKIN_RETRY_MINUTES', 60, 5, 24 * 60),
  };
}
