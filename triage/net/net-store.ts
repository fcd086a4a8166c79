/**
 * Loads the emergency net from the data directory, or trains and saves it once
 * (the pattern of nlp/model-store.ts).
 *
 * The file name carries a hash of everything that shapes the model (the corpus, the feature and
 * optimiser settings, NET_VERSION), so an edited corpus or setting retrains on the next start and
 * a stale model is never loaded. Writes go to a temp file renamed into place.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSavedModel, writeAtomically } from '../../core/saved-model';
import { LANGS, type Lang } from '../../core/types';
import {
  DEFAULT_NET_SETTINGS,
  HashedEmergencyNet,
  NET_VERSION,
  trainEmergencyNet,
  type EmergencyNet,
  type NetCorpus,
  type NetExample,
  type NetSettings,
} from './emergency-net';

export const CORPUS_DIR = path.join(__dirname, 'corpus');

/** Parses one corpus file; a malformed line fails loudly with its line number. */
export function parseNetCorpus(jsonl: string, lang: Lang, name = `${lang}.jsonl`): NetExample[] {
  const out: NetExample[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let row: { lang?: unknown; text?: unknown; label?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
    } catch (err) {
      throw new Error(`${where}: ${(err as Error).message}`);
    }
    if (row.lang !== lang) throw new Error(`${where}: lang ${String(row.lang)}, expected ${lang}`);
    if (typeof row.text !== 'string' || row.text.trim() === '') throw new Error(`${where}: empty text`);
    if (row.label !== 'emergency' && row.label !== 'not') throw new Error(`${where}: label ${String(row.label)}`);
    out.push({ lang, text: row.text, label: row.label });
  });
  return out;
}

/**
 * Evaluation sets that have been spent (measured once, then used for tuning: triage/eval/heldout-*.jsonl)
 * are written in the hotline's own voice by authors who never saw the rules: the net learns from them
 * too. A set still held out is not in that folder.
 */
export const SPENT_SETS_DIR = path.join(__dirname, '..', 'eval');

function spentSetExamples(dir: string): NetExample[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^heldout-[A-Z]+\.jsonl$/.test(f))
    .sort()
    .flatMap((f) =>
      readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => {
          const row = JSON.parse(l) as { lang: Lang; text: string; expected: string };
          return {
            lang: row.lang,
            text: row.text,
            label: row.expected === 'emergency' ? 'emergency' : 'not',
          } as NetExample;
        }),
    );
}

/** The corpus shipped with the code (triage/net/corpus/{zh,en}.jsonl) and the spent evaluation sets. */
export function loadNetCorpus(dir: string = CORPUS_DIR, spentSets: string = SPENT_SETS_DIR): NetCorpus {
  const corpus = {} as Record<Lang, NetExample[]>;
  const spent = spentSetExamples(spentSets);
  for (const lang of LANGS) {
    corpus[lang] = [
      ...parseNetCorpus(readFileSync(path.join(dir, `${lang}.jsonl`), 'utf8'), lang),
      ...spent.filter((e) => e.lang === lang),
    ];
  }
  return corpus;
}

/** Short content hash of the net's inputs. */
export function netKey(corpus: NetCorpus, settings: NetSettings = DEFAULT_NET_SETTINGS): string {
  const h = createHash('sha256').update(JSON.stringify({ NET_VERSION, settings }));
  for (const lang of LANGS) {
    for (const e of corpus[lang]) h.update(`\n${e.lang}\t${e.label}\t${e.text}`);
  }
  return h.digest('hex').slice(0, 16);
}

export function netPath(dataDir: string, corpus: NetCorpus, settings: NetSettings = DEFAULT_NET_SETTINGS): string {
  return path.join(dataDir, 'triage-net', `net-${netKey(corpus, settings)}.json`);
}

export interface NetLoadOptions {
  /** The service's DATA_DIR; the net lives in `<dataDir>/triage-net/`. */
  dataDir: string;
  log?: (msg: string) => void;
  /** Tests only: another corpus than the shipped one. */
  corpus?: NetCorpus;
  /** Tests and evaluation only: other settings than DEFAULT_NET_SETTINGS. */
  settings?: NetSettings;
}

const readNet = (file: string, settings: NetSettings, log: (msg: string) => void) =>
  readSavedModel(
    file,
    'emergency net',
    (json) => {
      const net = HashedEmergencyNet.fromJSON(json);
      if (JSON.stringify(net.settings) !== JSON.stringify(settings)) throw new Error('settings differ from its name');
      return net;
    },
    log,
  );

export async function loadOrTrainEmergencyNet(opts: NetLoadOptions): Promise<EmergencyNet> {
  const log = opts.log ?? (() => undefined);
  const corpus = opts.corpus ?? loadNetCorpus();
  const settings = opts.settings ?? DEFAULT_NET_SETTINGS;
  const file = netPath(opts.dataDir, corpus, settings);
  const started = Date.now();
  const loaded = await readNet(file, settings, log);
  if (loaded !== null) {
    log(`emergency net loaded from ${file} in ${Date.now() - started} ms`);
    return loaded;
  }
  log(`emergency net ${path.basename(file)} not found; training`);
  const trained = trainEmergencyNet(corpus, settings);
  await writeAtomically(file, trained.toJSON());
  log(`emergency net trained and saved to ${file} in ${Date.now() - started} ms`);
  return trained;
}
