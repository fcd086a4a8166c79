/**
 * The emergency net: a second, statistical emergency detector beside the rules. It is trained
 * on its own corpus (triage/net/corpus), never on the rule lexicon, and is meant only to raise
 * the triage level: a high score asks the red-flag questions and names 120, it never lowers
 * what the rules decided.
 *
 * Features: hashed character/word n-grams (ngram-features.ts), sublinear TF × IDF, L2-normalised.
 * Model: L2-regularised logistic regression fitted by L-BFGS (logistic-regression.ts), one per
 * language. Same corpus and settings → same weights; the trained net and the one loaded from its
 * JSON score identically, because both score from the same float32 tables.
 */
import { LANGS, type Lang } from '../../core/types';
import {
  DEFAULT_FEATURES,
  FEATURES_VERSION,
  hashedCounts,
  weigh,
  type FeatureSettings,
  type SparseVector,
} from './ngram-features';
import { DEFAULT_LOGISTIC, sigmoid, trainLogistic, type LogisticSettings } from './logistic-regression';

export interface EmergencyNet {
  /** Probability that the message describes an emergency, 0–1. Never throws. */
  score(text: string, lang: Lang): number;
}

export type NetLabel = 'emergency' | 'not';

export interface NetExample {
  lang: Lang;
  text: string;
  label: NetLabel;
}

export type NetCorpus = Record<Lang, readonly NetExample[]>;

export interface NetSettings {
  features: FeatureSettings;
  logistic: LogisticSettings;
  /** One model per language, or one model over both corpora with a language feature. */
  mode: 'per-language' | 'joint';
}

/**
 * Chosen by 5-fold cross-validation on the corpus (scripts/eval-net.ts --grid); the comparison
 * is in triage/net/README.md.
 */
export const DEFAULT_NET_SETTINGS: NetSettings = {
  features: DEFAULT_FEATURES,
  logistic: DEFAULT_LOGISTIC,
  mode: 'per-language',
};

/** Bump when the model or its file format changes in a way the settings do not capture. */
export const NET_VERSION = `emergency-net/1+features/${FEATURES_VERSION}`;

/** One logistic model over hashed features, as stored. */
export interface LinearModelData {
  bias: number;
  /** Training documents, for IDF. */
  documents: number;
  /** Hashed feature indices seen in training, ascending. */
  indices: Uint32Array;
  weights: Float32Array;
  /** Document frequency of each index. */
  df: Uint32Array;
}

type ModelSlot = Lang | 'all';

interface ScoringTable {
  bias: number;
  weights: Float32Array;
  idf: Float32Array;
}

function idfOf(documents: number, df: number): number {
  return Math.log((1 + documents) / (1 + df)) + 1;
}

function buildTable(data: LinearModelData, settings: FeatureSettings): ScoringTable {
  const size = 1 << settings.bits;
  const weights = new Float32Array(size);
  const idf = new Float32Array(size).fill(settings.idf ? idfOf(data.documents, 0) : 1);
  for (let k = 0; k < data.indices.length; k++) {
    if (data.indices[k] >= size) throw new Error(`feature index ${data.indices[k]} outside 2^${settings.bits}`);
    weights[data.indices[k]] = data.weights[k];
    if (settings.idf) idf[data.indices[k]] = idfOf(data.documents, data.df[k]);
  }
  return { bias: data.bias, weights, idf };
}

const langFeature = (lang: Lang) => `l:${lang}`;

export class HashedEmergencyNet implements EmergencyNet {
  private readonly tables = new Map<ModelSlot, ScoringTable>();

  constructor(
    readonly settings: NetSettings,
    readonly models: Partial<Record<ModelSlot, LinearModelData>>,
  ) {
    for (const [slot, data] of Object.entries(models) as Array<[ModelSlot, LinearModelData]>) {
      this.tables.set(slot, buildTable(data, settings.features));
    }
  }

  score(text: string, lang: Lang): number {
    const known: Lang = lang === 'en' ? 'en' : 'zh';
    const joint = this.settings.mode === 'joint';
    const table = this.tables.get(joint ? 'all' : known);
    if (table === undefined) return 0;
    const counts = hashedCounts(String(text ?? ''), this.settings.features, joint ? [langFeature(known)] : []);
    let norm = 0;
    let z = 0;
    let hits = 0;
    const { indices, values } = counts;
    for (let k = 0; k < indices.length; k++) {
      const v = (1 + Math.log(values[k])) * table.idf[indices[k]];
      norm += v * v;
      const w = table.weights[indices[k]];
      if (w !== 0) hits++;
      z += w * v;
    }
    // Nothing the model has seen (empty text, symbols, another script): no evidence either way.
    if (hits === 0 || norm === 0) return 0;
    return sigmoid(table.bias + z / Math.sqrt(norm));
  }

  toJSON(): string {
    const models: Record<string, unknown> = {};
    for (const [slot, data] of Object.entries(this.models) as Array<[ModelSlot, LinearModelData]>) {
      models[slot] = {
        bias: data.bias,
        documents: data.documents,
        features: data.indices.length,
        indices: encodeIndices(data.indices),
        weights: encodeFloat32(data.weights),
        df: encodeVarints(data.df),
      };
    }
    return JSON.stringify({ version: NET_VERSION, settings: this.settings, models });
  }

  static fromJSON(json: string): HashedEmergencyNet {
    const file = JSON.parse(json) as {
      version?: unknown;
      settings?: NetSettings;
      models?: Record<
        string,
        { bias: number; documents: number; features: number; indices: string; weights: string; df: string }
      >;
    };
    if (file.version !== NET_VERSION)
      throw new Error(`emergency net version ${String(file.version)}, expected ${NET_VERSION}`);
    if (!file.settings || !file.models) throw new Error('emergency net file has no settings or models');
    const models: Partial<Record<ModelSlot, LinearModelData>> = {};
    for (const [slot, m] of Object.entries(file.models)) {
      const data: LinearModelData = {
        bias: m.bias,
        documents: m.documents,
        indices: decodeIndices(m.indices, m.features),
        weights: decodeFloat32(m.weights, m.features),
        df: decodeVarints(m.df, m.features),
      };
      if (!Number.isFinite(data.bias)) throw new Error(`emergency net model ${slot}: bad bias`);
      models[slot as ModelSlot] = data;
    }
    const expected: ModelSlot[] = file.settings.mode === 'joint' ? ['all'] : [...LANGS];
    for (const slot of expected) if (!models[slot]) throw new Error(`emergency net file lacks model ${slot}`);
    return new HashedEmergencyNet(file.settings, models);
  }
}

// ---------- training ----------

/** Fits one model over the examples given. */
function fitModel(examples: readonly NetExample[], settings: NetSettings, joint: boolean): LinearModelData {
  const { features } = settings;
  const counts = examples.map((e) => hashedCounts(e.text, features, joint ? [langFeature(e.lang)] : []));
  // Compact the hashed space to the indices seen, in ascending order, so the optimiser works on
  // tens of thousands of weights rather than 2^bits.
  const size = 1 << features.bits;
  const df = new Uint32Array(size);
  for (const c of counts) for (let k = 0; k < c.indices.length; k++) df[c.indices[k]]++;
  const local = new Int32Array(size).fill(-1);
  const seen: number[] = [];
  for (let j = 0; j < size; j++) {
    if (df[j] > 0) {
      local[j] = seen.length;
      seen.push(j);
    }
  }
  const documents = examples.length;
  const indices = Uint32Array.from(seen);
  const dfSeen = Uint32Array.from(seen, (j) => df[j]);
  // IDF in float32, exactly as the scoring table will hold it.
  const idf = new Float32Array(size);
  for (const j of seen) idf[j] = features.idf ? idfOf(documents, df[j]) : 1;
  const rows: SparseVector[] = counts.map((c) => {
    const weighed = weigh(c, (j) => idf[j]);
    return { indices: Uint32Array.from(weighed.indices, (j) => local[j]), values: weighed.values };
  });
  const labels = Uint8Array.from(examples, (e) => (e.label === 'emergency' ? 1 : 0));
  const fit = trainLogistic(rows, labels, seen.length, settings.logistic);
  return { bias: fit.bias, documents, indices, weights: Float32Array.from(fit.weights), df: dfSeen };
}

/** Trains the net on a corpus, synchronously and without touching the disk. */
export function trainEmergencyNet(corpus: NetCorpus, settings: NetSettings = DEFAULT_NET_SETTINGS): HashedEmergencyNet {
  const models: Partial<Record<ModelSlot, LinearModelData>> = {};
  if (settings.mode === 'joint') {
    models.all = fitModel([...corpus.zh, ...corpus.en], settings, true);
  } else {
    for (const lang of LANGS) models[lang] = fitModel(corpus[lang], settings, false);
  }
  return new HashedEmergencyNet(settings, models);
}

// ---------- compact encodings (little-endian, base64) ----------

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function encodeFloat32(values: Float32Array): string {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i], true);
  return toBase64(bytes);
}

function decodeFloat32(text: string, count: number): Float32Array {
  const bytes = fromBase64(text);
  if (bytes.length !== count * 4) throw new Error(`expected ${count} weights, found ${bytes.length / 4}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = view.getFloat32(i * 4, true);
  return out;
}

function encodeVarints(values: ArrayLike<number>): string {
  const bytes: number[] = [];
  for (let i = 0; i < values.length; i++) {
    let v = values[i];
    while (v >= 0x80) {
      bytes.push((v & 0x7f) | 0x80);
      v >>>= 7;
    }
    bytes.push(v);
  }
  return toBase64(Uint8Array.from(bytes));
}

function decodeVarints(text: string, count: number): Uint32Array {
  const bytes = fromBase64(text);
  const out = new Uint32Array(count);
  let pos = 0;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let shift = 0;
    for (;;) {
      if (pos >= bytes.length) throw new Error('truncated varint list');
      const b = bytes[pos++];
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) break;
      shift += 7;
    }
    out[i] = v;
  }
  if (pos !== bytes.length) throw new Error('trailing bytes after varint list');
  return out;
}

/** Ascending indices as varint gaps. */
function encodeIndices(indices: Uint32Array): string {
  const gaps = new Uint32Array(indices.length);
  for (let i = 0; i < indices.length; i++) gaps[i] = indices[i] - (i > 0 ? indices[i - 1] : 0);
  return encodeVarints(gaps);
}

function decodeIndices(text: string, count: number): Uint32Array {
  const gaps = decodeVarints(text, count);
  for (let i = 1; i < gaps.length; i++) gaps[i] += gaps[i - 1];
  return gaps;
}
