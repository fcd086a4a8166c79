/**
 * The composition root: opens the database, loads the model, and wires the conversation engine
 * along the path of a message — entities, emergency screen, classifier, the domains' handlers.
 * Everything the channels use is built here, once, at start.
 */
import type { Bilingual } from '../core/types';
import type { ChannelPorts } from '../conversation/channel';
import { ConversationEngine } from '../conversation/engine';
import { OptOutGuard, type SmsSender } from '../conversation/sms-sender.port';
import { PrismaCallRecordRepository } from '../db/call-record.repository';
import { PrismaCallerRepository } from '../db/caller.repository';
import { PrismaConversationStore } from '../db/conversation.repository';
import { PrismaDirectLineStore } from '../db/directline.repository';
import { openDatabase, type Database } from '../db/database';
import { createDomainHandlers } from '../domains';
import * as clinics from '../domains/clinics';
import { entityExtractor, loadOrTrainClassifier } from '../nlp';
import { TwilioSmsSender } from '../telephony';
import { loadOrTrainEmergencyNet, RuleEmergencyScreen } from '../triage';
import { ConfigError, type Config } from './config';

export interface Services {
  db: Database;
  engine: ConversationEngine;
  ports: ChannelPorts;
  close(): Promise<void>;
}

export interface StartLog {
  info(msg: string): void;
}

export interface StartOptions {
  /** Where the trained model is kept; defaults to DATA_DIR. Tests share one across databases. */
  modelDir?: string;
  /** Tests point the Twilio REST client at a local fake. */
  twilioHttpClient?: ConstructorParameters<typeof TwilioSmsSender>[0]['httpClient'];
}

export async function startServices(config: Config, log: StartLog, options: StartOptions = {}): Promise<Services> {
  const directory = loadConfiguredClinics(config);
  const modelDir = options.modelDir ?? config.dataDir;
  const [db, classifier, net] = await Promise.all([
    openConfiguredDatabase(config),
    loadOrTrainClassifier({ dataDir: modelDir, log: (m: string) => log.info(m) }),
    loadOrTrainEmergencyNet({ dataDir: modelDir, log: (m: string) => log.info(m) }),
  ]);
  if (db.applied.length) log.info(`database migrated: ${db.applied.join(', ')}`);
  const engine = new ConversationEngine({
    store: new PrismaConversationStore(db.prisma),
    entities: entityExtractor,
    screen: new RuleEmergencyScreen(config.emergencyNumber, net),
    classifier,
    handlers: createDomainHandlers({
      emergencyNumber: config.emergencyNumber,
      operatorNumber: config.operatorNumber,
      serviceDesk: serviceDesk(config, directory),
      isolationRuleSetId: config.isolationRules,
      clinics: directory,
    }),
    settings: { emergencyNumber: config.emergencyNumber, operatorNumber: config.operatorNumber },
  });
  const callers = new PrismaCallerRepository(db.prisma);
  const ports: ChannelPorts = {
    callers,
    calls: new PrismaCallRecordRepository(db.prisma),
    directLine: new PrismaDirectLineStore(db.prisma),
    smsSender: createSmsSender(config, callers, options),
  };
  return { db, engine, ports, close: () => db.close() };
}

/** A database that cannot be opened is a configuration problem: name the setting. */
async function openConfiguredDatabase(config: Config): Promise<Database> {
  try {
    return await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  } catch (err) {
    const reason = (err as Error).message.split('\n')[0];
    if (config.databaseUrl) throw new ConfigError('DATABASE_URL', `cannot open the database: ${reason}`);
    throw new ConfigError('DATA_DIR', `cannot open the embedded database in ${config.dataDir}: ${reason}`);
  }
}

function loadConfiguredClinics(config: Config): clinics.ClinicDirectory {
  try {
    return clinics.loadClinicDirectory(config.clinicsFile);
  } catch (err) {
    throw new ConfigError('CLINICS_FILE', (err as Error).message);
  }
}

/** Outbound SMS once the Twilio account is configured; opted-out numbers are never sent to. */
function createSmsSender(
  config: Config,
  callers: PrismaCallerRepository,
  options: StartOptions,
): SmsSender | undefined {
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

/** Where community service requests go until tickets exist: the human desk, else the district hotline. */
function serviceDesk(config: Config, directory: clinics.ClinicDirectory): Bilingual {
  if (config.operatorNumber)
    return { zh: `热线 ${config.operatorNumber}`, en: `the hotline desk on ${config.operatorNumber}` };
  const district = directory.hotlines[0];
  if (district)
    return { zh: `${district.name.zh} ${district.phone}`, en: `the ${district.name.en} on ${district.phone}` };
  return { zh: '您所在社区的居委会', en: 'your residents’ committee' };
}
