/**
 * The composition root: opens the database, loads the model, and wires the conversation engine
 * along the path of a message — entities, emergency screen, classifier, the domains' handlers —
 * and the ticket desk with its background jobs. Everything the channels use is built here, once.
 */
import { systemClock, type Clock } from '../core/clock';
import type { ChannelPorts } from '../conversation/channel';
import { ConversationEngine } from '../conversation/engine';
import { medicineQuestions } from '../domains/medication';
import { smsBudget } from '../telephony/sms/sms-budget';
import { careClosing } from '../knowledge/red-flags/care';
import { voiceBudget } from '../telephony/voice/voice-budget';
import { asksAboutReading, asksAboutTemperature, reportsSpo2, reportsTemperature } from '../domains/symptoms';
import type { JobQueue } from '../conversation/job-queue.port';
import { OptOutGuard, type SmsSender } from '../conversation/sms-sender.port';
import { RateLimiter } from '../core/rate-limit';
import type { AuditLog } from '../core/audit';
import { PrismaAuditLog } from '../db/audit.repository';
import { PrismaCallRecordRepository } from '../db/call-record.repository';
import { PrismaRateLimitStore } from '../db/rate-limit.repository';
import { CachedCallerRepository, PrismaCallerRepository } from '../db/caller.repository';
import type { CallerRepository } from '../conversation/callers.port';
import { PrismaConversationStore } from '../db/conversation.repository';
import { PrismaDirectLineStore } from '../db/directline.repository';
import { openDatabase, type Database } from '../db/database';
import { PrismaStaffDirectory } from '../db/staff.repository';
import { PrismaAccountRepository } from '../db/staff-account.repository';
import { PrismaLoginThrottle, PrismaSessionStore } from '../db/staff-session.repository';
import { PrismaStaffTicketQueries } from '../db/staff-ticket.queries';
import { AccountAdmin, StaffAuth, StaffDesk } from '../domains/staff';
import { PrismaTicketRepository } from '../db/ticket.repository';
import { createDomainHandlers } from '../domains';
import * as keyPeople from '../domains/key-people';
import { gradingData } from '../knowledge/key-people/grading';
import { CachedPeopleByPhone, PrismaKeyPeopleRepository } from '../db/key-people.repository';
import { KnownFactsStore } from '../conversation/known-facts.store';
import type { CallPlacer } from '../conversation/key-people.port';
import { TwilioCallPlacer } from '../telephony/voice/twilio-call-placer';
import * as clinics from '../domains/clinics';
import * as tickets from '../domains/tickets';
import { startJobRunner, type JobRunner } from '../jobs/job-runner';
import { entityExtractor, loadOrTrainClassifier } from '../nlp';
import { TwilioSmsSender } from '../telephony';
import { loadOrTrainEmergencyNet, RuleEmergencyScreen } from '../triage';
import { ConfigError, type Config } from './config';

export interface Services {
  db: Database;
  engine: ConversationEngine;
  ports: ChannelPorts;
  tickets: tickets.TicketService;
  staff: PrismaStaffDirectory;
  /** The commissioners' dashboard: sign-in and sessions, and the scoped ticket desk. */
  dashboard: {
    auth: StaffAuth;
    desk: StaffDesk;
    admin: AccountAdmin;
    accounts: PrismaAccountRepository;
    keyPeople: keyPeople.KeyPeopleDesk;
  };
  /** Business time (the same clock the desk uses). */
  clock: Clock;
  jobs: JobRunner;
  /** Rate limits counted in the database, shared by every instance on it. */
  limiter: RateLimiter;
  audit: AuditLog;
  /** The key-people register and its check-ins. */
  keyPeople: {
    register: keyPeople.KeyPeopleRegister;
    checkIns: keyPeople.CheckInService;
    repository: PrismaKeyPeopleRepository;
  };
  close(): Promise<void>;
}

export interface StartLog {
  info(msg: string): void;
  warn?(obj: object, msg: string): void;
  error?(obj: object, msg: string): void;
}

export interface StartOptions {
  /** Where the trained model is kept; defaults to DATA_DIR. Tests share one across databases. */
  modelDir?: string;
  /** Tests point the Twilio REST client at a local fake. */
  twilioHttpClient?: ConstructorParameters<typeof TwilioSmsSender>[0]['httpClient'];
  /** Business time (SLA due times, escalations, audit rows, and "today" of a message); tests drive it. */
  clock?: Clock;
  /** How often idle job workers look for work (seconds, at least 0.5). */
  jobPollingSeconds?: number;
  /** false: no minute schedule for the SLA sweep (tests that run the sweep themselves). */
  scheduleSweep?: boolean;
}

/** The SLA sweep runs every minute on whichever instance gets the job. */
const SWEEP_CRON = '* * * * *';
/** Ended dashboard sessions are deleted once an hour (an ended session is refused at once anyway). */
const STAFF_SESSION_SWEEP = 'staff-session-sweep';
const SESSION_SWEEP_CRON = '17 * * * *';
/** Rate-limit windows (a day at most) are forgotten two days after they began. */
const LIMITS_SWEEP_CRON = '47 * * * *';
const LIMITS_KEPT_MS = 2 * 86_400_000;
/**
 * The check-in planner writes the week's slots. It is stable (unique per person and slot), so it runs
 * hourly rather than once a day: someone registered at noon is planned within the hour.
 */
const PLAN_CRON = '5 * * * *';

export async function startServices(config: Config, log: StartLog, options: StartOptions = {}): Promise<Services> {
  const directory = loadConfigured('CLINICS_FILE', () => clinics.loadClinicDirectory(config.clinicsFile));
  const communities = loadConfigured('COMMUNITIES_FILE', () => tickets.loadCommunityDirectory(config.communitiesFile));
  const modelDir = options.modelDir ?? config.dataDir;
  const [db, classifier, net] = await allOrClose(
    openConfiguredDatabase(config, log),
    loadOrTrainClassifier({ dataDir: modelDir, log: (m: string) => log.info(m) }),
    loadOrTrainEmergencyNet({ dataDir: modelDir, log: (m: string) => log.info(m) }),
  );
  if (db.applied.length) log.info(`database migrated: ${db.applied.join(', ')}`);
  const callers = new CachedCallerRepository(new PrismaCallerRepository(db.prisma), db.changes);
  const smsSender = createSmsSender(config, callers, options);
  const staff = new PrismaStaffDirectory(db.prisma);
  // This instance's register writes make its caches forget at once; other instances hear the trigger's NOTIFY.
  const people = new PrismaKeyPeopleRepository(db.prisma, () => {
    peopleByPhone.forgetAll();
    callers.forgetAll();
  });
  const peopleByPhone = new CachedPeopleByPhone(people, db.changes);
  const callPlacer = createCallPlacer(config, options);
  // The desk queues jobs through this; it points at the runner once the runner has started.
  const queue: { runner?: JobQueue } = {};
  const desk = new tickets.TicketService({
    repository: new PrismaTicketRepository(db.prisma, db.query),
    staff,
    queue: {
      send: (name, data) =>
        queue.runner ? queue.runner.send(name, data) : Promise.reject(new Error('jobs not started')),
    },
    clock: options.clock ?? systemClock,
    communities,
    catalog: tickets.serviceCatalog,
    emergencyNumber: config.emergencyNumber,
    sms: () => smsSender,
    log: jobLog(log),
    keyPeople: { gradeOf: (phone) => people.gradeOf(phone) },
  });
  const clock = options.clock ?? systemClock;
  const checkIns = new keyPeople.CheckInService({
    repository: people,
    tickets: desk,
    grading: gradingData,
    clock,
    settings: {
      ...config.checkIns,
      contactsPerWeek: gradingData.contactsPerWeek,
      emergencyNumber: config.emergencyNumber,
    },
    sms: () => smsSender,
    calls: () => callPlacer,
    log: jobLog(log),
  });
  const register = new keyPeople.KeyPeopleRegister({ repository: people, communities, grading: gradingData, clock });
  const accounts = new PrismaAccountRepository(db.prisma);
  const auth = new StaffAuth({
    accounts,
    sessions: new PrismaSessionStore(db.prisma),
    throttle: new PrismaLoginThrottle(db.prisma),
    clock,
    settings: {
      idleMinutes: config.staff.sessionIdleMinutes,
      maxHours: config.staff.sessionMaxHours,
      maxFailures: config.staff.loginMaxFailures,
      maxPerAddress: config.staff.loginMaxPerAddress,
      windowMinutes: config.staff.loginWindowMinutes,
    },
  });
  const staffDesk = new StaffDesk({
    tickets: desk,
    queries: new PrismaStaffTicketQueries(db.prisma),
    accounts,
    communities,
    clock,
  });
  const limitStore = new PrismaRateLimitStore(db.prisma, db.query);
  const jobs = await startJobs(db, desk, auth, limitStore, checkIns, log, options).catch(async (err) => {
    await db.close();
    throw err;
  });
  queue.runner = jobs;
  const audit = new PrismaAuditLog(db.prisma);
  const engine = new ConversationEngine({
    // A registered number's age, conditions and pregnancy are known from its first word.
    store: new KnownFactsStore(
      new PrismaConversationStore(db.prisma, db.query, db.commitQuery),
      async (phone, facts) => {
        const person = await peopleByPhone.findByPhone(phone);
        return person ? keyPeople.registeredFacts(facts, person, gradingData) : facts;
      },
    ),
    lock: db.turnLock,
    entities: entityExtractor,
    screen: new RuleEmergencyScreen(config.emergencyNumber, net),
    classifier,
    handlers: createDomainHandlers({
      emergencyNumber: config.emergencyNumber,
      operatorNumber: config.operatorNumber,
      isolationRuleSetId: config.isolationRules,
      clinics: directory,
      tickets: desk,
      communities,
      checkIns,
    }),
    medicine: medicineQuestions,
    readings: {
      asks: asksAboutReading,
      reports: reportsTemperature,
      asksTemperature: asksAboutTemperature,
      reportsSpo2,
    },
    services: tickets.serviceQuestions,
    budgets: { sms: smsBudget, voice: voiceBudget },
    careClosing: (lang) => careClosing(lang, config.emergencyNumber),
    settings: { emergencyNumber: config.emergencyNumber, operatorNumber: config.operatorNumber },
    clock: options.clock ?? systemClock,
  });
  const ports: ChannelPorts = {
    callers,
    calls: new PrismaCallRecordRepository(db.prisma),
    directLine: new PrismaDirectLineStore(db.prisma),
    smsSender,
    tickets: desk,
    audit,
    checkIns: { callStatus: (sid, status) => people.callStatus(sid, status) },
  };
  return {
    db,
    engine,
    ports,
    tickets: desk,
    staff,
    dashboard: {
      auth,
      desk: staffDesk,
      admin: new AccountAdmin(accounts, communities),
      accounts,
      keyPeople: new keyPeople.KeyPeopleDesk({ repository: people, register, grading: gradingData, clock }),
    },
    clock,
    jobs,
    limiter: new RateLimiter(limitStore),
    audit,
    keyPeople: { register, checkIns, repository: people },
    async close() {
      // Workers finish what they hold before the database goes away.
      await jobs.stop();
      await db.close();
    },
  };
}

function startJobs(
  db: Database,
  desk: tickets.TicketService,
  auth: StaffAuth,
  limits: PrismaRateLimitStore,
  checkIns: keyPeople.CheckInService,
  log: StartLog,
  options: StartOptions,
): Promise<JobRunner> {
  return startJobRunner(
    db.sql,
    [
      {
        name: tickets.TICKET_JOBS.notify,
        run: (data, signal) => tickets.deliverNotification(desk, String(data.id), signal),
        timeoutSeconds: tickets.SEND_TIMEOUT_SECONDS,
        retryLimit: 5,
        retryDelaySeconds: 30,
      },
      {
        name: tickets.TICKET_JOBS.sweep,
        run: () => tickets.sweepSla(desk),
        cron: options.scheduleSweep === false ? undefined : SWEEP_CRON,
      },
      {
        name: STAFF_SESSION_SWEEP,
        run: async () => {
          await auth.sweep();
        },
        cron: options.scheduleSweep === false ? undefined : SESSION_SWEEP_CRON,
      },
      {
        name: 'limits.sweep',
        run: async () => void (await limits.sweep(new Date(Date.now() - LIMITS_KEPT_MS))),
        cron: options.scheduleSweep === false ? undefined : LIMITS_SWEEP_CRON,
      },
      {
        name: keyPeople.CHECK_IN_JOBS.plan,
        run: () => checkIns.plan(),
        cron: options.scheduleSweep === false ? undefined : PLAN_CRON,
      },
      {
        name: keyPeople.CHECK_IN_JOBS.sweep,
        run: () => checkIns.sweep(),
        cron: options.scheduleSweep === false ? undefined : SWEEP_CRON,
      },
    ],
    { pollingIntervalSeconds: options.jobPollingSeconds, timeZone: 'Asia/Shanghai', log: jobLog(log) },
  );
}

/**
 * The database and the two models, loaded side by side. When a model fails to load, the database that
 * did open is closed again before the failure is passed on: a failed start leaves nothing running.
 */
async function allOrClose<C, N>(
  opening: Promise<Database>,
  classifier: Promise<C>,
  net: Promise<N>,
): Promise<[Database, C, N]> {
  const [db, c, n] = await Promise.allSettled([opening, classifier, net]);
  if (db.status === 'fulfilled' && c.status === 'fulfilled' && n.status === 'fulfilled')
    return [db.value, c.value, n.value];
  if (db.status === 'fulfilled') await db.value.close().catch(() => undefined);
  throw [db, c, n].find((r): r is PromiseRejectedResult => r.status === 'rejected')!.reason;
}

function jobLog(log: StartLog) {
  return {
    warn: (obj: object, msg: string) => log.warn?.(obj, msg),
    error: (obj: object, msg: string) => log.error?.(obj, msg),
  };
}

/** PostgreSQL still starting, restarting or out of reach for a moment: worth waiting for at start. */
const TRANSIENT_DB =
  /can't reach database server|ECONNREFUSED|ECONNRESET|not yet accepting connections|starting up|shutting down|terminating connection|Connection terminated/i;
/** How long a start waits for PostgreSQL to come back before it gives up (a supervisor may then restart it). */
const DB_START_WAIT_MS = 30_000;

/**
 * A database that cannot be opened is a configuration problem: name the setting. A PostgreSQL that is
 * restarting is not: the start waits for it (up to DB_START_WAIT_MS), saying so, rather than exiting
 * while the database is a second away from accepting connections.
 */
async function openConfiguredDatabase(config: Config, log: StartLog): Promise<Database> {
  const giveUpAt = Date.now() + DB_START_WAIT_MS;
  for (;;) {
    try {
      return await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0];
      if (config.databaseUrl && TRANSIENT_DB.test(reason) && Date.now() < giveUpAt) {
        log.warn?.({ reason }, 'database not reachable yet; retrying');
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (config.databaseUrl) throw new ConfigError('DATABASE_URL', `cannot open the database: ${reason}`);
      throw new ConfigError('DATA_DIR', `cannot open the embedded database in ${config.dataDir}: ${reason}`);
    }
  }
}

/** A data file that does not load is a configuration problem: name the setting. */
function loadConfigured<T>(setting: string, load: () => T): T {
  try {
    return load();
  } catch (err) {
    throw new ConfigError(setting, (err as Error).message);
  }
}

/** Outbound SMS once the Twilio account is configured; opted-out numbers are never sent to. */
function createSmsSender(config: Config, callers: CallerRepository, options: StartOptions): SmsSender | undefined {
  const { accountSid, authToken, phoneNumber } = config.twilio;
  if (!accountSid || !authToken || !phoneNumber) return undefined;
  const twilio = new TwilioSmsSender({
    accountSid,
    authToken,
    from: phoneNumber,
    httpClient: options.twilioHttpClient,
  });
  return new OptOutGuard(twilio, callers);
}

/** Automated check-in calls once Twilio and the public address it calls back are configured. */
function createCallPlacer(config: Config, options: StartOptions): CallPlacer | undefined {
  const { accountSid, authToken, phoneNumber, publicBaseUrl } = config.twilio;
  if (!accountSid || !authToken || !phoneNumber || !publicBaseUrl) return undefined;
  return new TwilioCallPlacer({
    accountSid,
    authToken,
    from: phoneNumber,
    publicBaseUrl,
    httpClient: options.twilioHttpClient,
  });
}
