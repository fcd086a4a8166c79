/**
 * The composition root: opens the database, loads the model, and wires the conversation engine
 * with its knowledge. Everything the routes use is built here, once, at start.
 */
import { openDatabase, type Database } from '../db/database';
import { PrismaConversationStore } from '../db/conversation.repository';
import { ConversationEngine } from '../conversation/engine';
import { createBuiltinHandlers } from '../conversation/builtin-handlers';
import type { Understanding } from '../conversation/understanding';
import type { Bilingual } from '../conversation/types';
import { loadOrTrainClassifier } from '../nlp/model-store';
import { LOW_CONFIDENCE } from '../nlp/classifier';
import { detectLang } from '../nlp/lang';
import { extractEntities } from '../nlp/entities';
import { screenMessage, emergencyAdvice, urgentAdvice } from '../triage';
import { createKnowledgeHandlers, findMedicines } from '../knowledge/handlers';
import { ConfigError, type Config } from './config';
import { loadClinicDirectory, type ClinicDirectory } from '../clinics';
import { PrismaCallerRepository } from '../db/caller.repository';
import { PrismaCallRecordRepository } from '../db/call-record.repository';
import { createTelephonyServices, type TelephonyServices } from '../telephony/telephony.services';

export interface Services {
  db: Database;
  engine: ConversationEngine;
  telephony: TelephonyServices;
  close(): Promise<void>;
}

export interface StartLog {
  info(msg: string): void;
}

export interface StartOptions {
  /** Where the trained model is kept; defaults to DATA_DIR. Tests share one across databases. */
  modelDir?: string;
}

export async function startServices(config: Config, log: StartLog, options: StartOptions = {}): Promise<Services> {
  const clinics = loadConfiguredClinics(config);
  const [db, classifier] = await Promise.all([
    openConfiguredDatabase(config),
    loadOrTrainClassifier({ dataDir: options.modelDir ?? config.dataDir, log: (m: string) => log.info(m) }),
  ]);
  if (db.applied.length) log.info(`database migrated: ${db.applied.join(', ')}`);
  const understanding: Understanding = {
    classifier,
    lowConfidence: LOW_CONFIDENCE,
    detectLang,
    extractEntities,
    findMedicines,
    screen: screenMessage,
    emergencyAdvice,
    urgentAdvice,
  };
  const handlers = {
    ...createBuiltinHandlers({ emergencyNumber: config.emergencyNumber, operatorNumber: config.operatorNumber, serviceDesk: serviceDesk(config, clinics) }),
    ...createKnowledgeHandlers({ isolationRuleSetId: config.isolationRules, clinics }),
  };
  const engine = new ConversationEngine(new PrismaConversationStore(db.prisma), understanding, handlers, {
    emergencyNumber: config.emergencyNumber,
    operatorNumber: config.operatorNumber,
  });
  const telephony = createTelephonyServices({
    engine, config, callers: new PrismaCallerRepository(db.prisma), calls: new PrismaCallRecordRepository(db.prisma),
  });
  return { db, engine, telephony, close: () => db.close() };
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

function loadConfiguredClinics(config: Config): ClinicDirectory {
  try {
    return loadClinicDirectory(config.clinicsFile);
  } catch (err) {
    throw new ConfigError('CLINICS_FILE', (err as Error).message);
  }
}

/** Where community service requests go until tickets exist: the human desk, else the district hotline. */
function serviceDesk(config: Config, clinics: ClinicDirectory): Bilingual {
  if (config.operatorNumber) return { zh: `热线 ${config.operatorNumber}`, en: `the hotline desk on ${config.operatorNumber}` };
  const district = clinics.hotlines[0];
  if (district) return { zh: `${district.name.zh} ${district.phone}`, en: `the ${district.name.en} on ${district.phone}` };
  return { zh: '您所在社区的居委会', en: 'your residents’ committee' };
}
