/**
 * Measures the emergency net (triage/net).
 *
 *   npm run eval:net                                  5-fold CV on the net corpus, per language
 *   npm run eval:net -- /work/heldout/triage-A/cases.jsonl    + scores on a held-out triage set
 *   npm run eval:net -- --grid                        CV of the candidate settings (model selection)
 *   npm run eval:net -- --setting='l2 1e-6' [--no-cv] [--show]   one candidate instead of the default
 *   npm run eval:net -- FILE --with-rules             + what the net adds to today's rule screen
 *
 * CV: stratified folds, fixed seed; each fold trains on the other four (and, for the joint
 * model, on the whole other-language corpus). Scores of all folds are pooled for ROC AUC and
 * the threshold table; the spread of per-fold AUC is shown beside it.
 * Held-out set: lines `{lang, text, expected: emergency|urgent|routine|none}`; the net is trained
 * on the whole corpus and scores `text` alone (earlier turns in `history` are not shown to it).
 * Choose settings by CV only; the held-out figures are for reporting.
 */
import { readFileSync } from 'node:fs';
import { LANGS, type Lang } from '../core/types';
import {
  DEFAULT_NET_SETTINGS,
  loadNetCorpus,
  trainEmergencyNet,
  type NetCorpus,
  type NetExample,
  type NetSettings,
} from '../triage/net';
import { screenCase } from './eval-screen';

const THRESHOLDS = [0.3, 0.5, 0.7, 0.8, 0.9];
const SEED = 20221207;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fold number of each example: each label shuffled with a fixed seed, then dealt round. */
function stratifiedFolds(examples: readonly NetExample[], k: number, seed: number): number[] {
  const rand = mulberry32(seed);
  const fold = new Array<number>(examples.length);
  for (const label of ['emergency', 'not']) {
    const idx = examples.map((e, i) => (e.label === label ? i : -1)).filter((i) => i >= 0);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    idx.forEach((ex, n) => (fold[ex] = n % k));
  }
  return fold;
}

/** ROC AUC by the rank-sum formula, ties counted half. */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0]);
  let rankSumPos = 0;
  let nPos = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1][0] === order[i][0]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (positive[order[k][1]]) {
        rankSumPos += rank;
        nPos++;
      }
    }
    i = j + 1;
  }
  const nNeg = order.length - nPos;
  if (nPos === 0 || nNeg === 0) return NaN;
  return (rankSumPos - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

interface Confusion {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

function confusionAt(scores: readonly number[], positive: readonly boolean[], t: number): Confusion {
  const c: Confusion = { tp: 0, fn: 0, fp: 0, tn: 0 };
  scores.forEach((s, i) => {
    const flagged = s >= t;
    if (positive[i]) c[flagged ? 'tp' : 'fn']++;
    else c[flagged ? 'fp' : 'tn']++;
  });
  return c;
}

const pct = (n: number, d: number) => (d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

interface CvResult {
  scores: number[];
  positive: boolean[];
  foldAuc: number[];
}

function crossValidate(corpus: NetCorpus, lang: Lang, settings: NetSettings, k = 5): CvResult {
  const examples = corpus[lang];
  const folds = stratifiedFolds(examples, k, SEED);
  const scores = new Array<number>(examples.length);
  const foldAuc: number[] = [];
  for (let f = 0; f < k; f++) {
    const train = examples.filter((_, i) => folds[i] !== f);
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    const net = trainEmergencyNet(
      { [lang]: train, [other]: settings.mode === 'joint' ? corpus[other] : [] } as unknown as NetCorpus,
      settings,
    );
    const fs: number[] = [];
    const fp: boolean[] = [];
    examples.forEach((e, i) => {
      if (folds[i] !== f) return;
      scores[i] = net.score(e.text, lang);
      fs.push(scores[i]);
      fp.push(e.label === 'emergency');
    });
    foldAuc.push(rocAuc(fs, fp));
  }
  return { scores, positive: examples.map((e) => e.label === 'emergency'), foldAuc };
}

/** Recall at the lowest threshold whose false-positive rate is at most `fpr`. */
function recallAtFpr(scores: readonly number[], positive: readonly boolean[], fpr: number): number {
  const neg = scores.filter((_, i) => !positive[i]).sort((a, b) => b - a);
  const allowed = Math.floor(fpr * neg.length);
  const t = allowed < neg.length ? neg[allowed] : -Infinity;
  const pos = scores.filter((_, i) => positive[i]);
  return pos.filter((s) => s > t).length / pos.length;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: readonly number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

function reportCv(corpus: NetCorpus, settings: NetSettings) {
  console.log(`\n5-fold cross-validation on triage/net/corpus (seed ${SEED})`);
  for (const lang of LANGS) {
    const r = crossValidate(corpus, lang, settings);
    const nPos = r.positive.filter(Boolean).length;
    console.log(
      `\n[${lang}] ${r.scores.length} lines, ${nPos} emergency   ROC AUC ${rocAuc(r.scores, r.positive).toFixed(4)}` +
        `  (folds ${mean(r.foldAuc).toFixed(4)} ± ${sd(r.foldAuc).toFixed(4)})` +
        `   recall at FPR 5% ${(100 * recallAtFpr(r.scores, r.positive, 0.05)).toFixed(1)}%, at 1% ${(100 * recallAtFpr(r.scores, r.positive, 0.01)).toFixed(1)}%`,
    );
    console.log('  threshold   recall        precision     false-pos rate');
    for (const t of THRESHOLDS) {
      const c = confusionAt(r.scores, r.positive, t);
      console.log(
        `  ${t.toFixed(1)}        ${pct(c.tp, c.tp + c.fn)} ${`${c.tp}/${c.tp + c.fn}`.padStart(7)}` +
          `  ${pct(c.tp, c.tp + c.fp)} ${`${c.tp}/${c.tp + c.fp}`.padStart(7)}  ${pct(c.fp, c.fp + c.tn)} ${`${c.fp}/${c.fp + c.tn}`.padStart(8)}`,
      );
    }
  }
}

interface HeldoutCase {
  id?: string;
  lang: Lang;
  text: string;
  history?: string[];
  expected: 'emergency' | 'urgent' | 'routine' | 'none';
}

/**
 * The net beside the rule screen as it is today (scripts/eval-screen.ts: history becomes facts).
 * "rules" = the screen says emergency; "raised" = the screen does not, but the net scores ≥ t.
 */
function reportWithRules(cases: HeldoutCase[], scores: number[]) {
  const ruled = cases.map((c) => screenCase({ ...c, id: c.id ?? '' }).triage === 'emergency');
  const positive = cases.map((c) => c.expected === 'emergency');
  const nPos = positive.filter(Boolean).length;
  const nNeg = cases.length - nPos;
  const ruleTp = cases.filter((_, i) => positive[i] && ruled[i]).length;
  const ruleFp = cases.filter((_, i) => !positive[i] && ruled[i]).length;
  console.log(
    `  with today's rule screen: rules alone catch ${pct(ruleTp, nPos)} ${ruleTp}/${nPos}, send ${ruleFp}/${nNeg} non-emergencies to 120`,
  );
  console.log('  threshold   rules-or-net recall   raised by the net: emergencies   urgent   routine/none');
  for (const t of THRESHOLDS) {
    const raised = cases.map((_, i) => !ruled[i] && scores[i] >= t);
    const caught = cases.filter((_, i) => positive[i] && (ruled[i] || raised[i])).length;
    const count = (level: HeldoutCase['expected'] | 'low') =>
      cases.filter(
        (c, i) =>
          raised[i] && (level === 'low' ? c.expected === 'routine' || c.expected === 'none' : c.expected === level),
      ).length;
    const nUrgent = cases.filter((c) => c.expected === 'urgent').length;
    console.log(
      `  ${t.toFixed(1)}        ${pct(caught, nPos)} ${`${caught}/${nPos}`.padStart(6)}            ${`${count('emergency')}/${nPos - ruleTp}`.padStart(6)}` +
        `                  ${`${count('urgent')}/${nUrgent}`.padStart(6)}   ${`${count('low')}/${nNeg - nUrgent}`.padStart(6)}`,
    );
  }
}

function reportHeldout(corpus: NetCorpus, settings: NetSettings, file: string, show: boolean, withRules: boolean) {
  const cases = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as HeldoutCase);
  const net = trainEmergencyNet(corpus, settings);
  console.log(`\nHeld-out ${file}: ${cases.length} cases, net trained on the whole corpus, text alone scored`);
  for (const lang of LANGS) {
    const mine = cases.filter((c) => c.lang === lang);
    const scores = mine.map((c) => net.score(c.text, lang));
    const positive = mine.map((c) => c.expected === 'emergency');
    const urgent = mine.map((c) => c.expected === 'urgent');
    const nPos = positive.filter(Boolean).length;
    const nUrgent = urgent.filter(Boolean).length;
    console.log(
      `\n[${lang}] ${mine.length} cases: ${nPos} emergency, ${mine.length - nPos} not (${nUrgent} urgent)   ROC AUC ${rocAuc(scores, positive).toFixed(4)}`,
    );
    console.log('  threshold   emergency recall   non-emergency FPR   of which urgent   routine/none');
    for (const t of THRESHOLDS) {
      const c = confusionAt(scores, positive, t);
      const fpUrgent = mine.filter((_, i) => urgent[i] && scores[i] >= t).length;
      const fpLow = c.fp - fpUrgent;
      console.log(
        `  ${t.toFixed(1)}        ${pct(c.tp, nPos)} ${`${c.tp}/${nPos}`.padStart(6)}     ${pct(c.fp, c.fp + c.tn)} ${`${c.fp}/${c.fp + c.tn}`.padStart(6)}` +
          `     ${`${fpUrgent}/${nUrgent}`.padStart(6)}        ${`${fpLow}/${c.fp + c.tn - nUrgent}`.padStart(6)}`,
      );
    }
    if (withRules) reportWithRules(mine, scores);
    if (show) {
      mine.forEach((c, i) => {
        const s = scores[i];
        if (positive[i] ? s < 0.5 : s >= 0.5)
          console.log(`   ${s.toFixed(3)} ${c.expected.padEnd(9)} ${c.id ?? ''} ${c.text}`);
      });
    }
  }
}

// ---------- model selection ----------

function variant(name: string, patch: (s: NetSettings) => NetSettings): [string, NetSettings] {
  return [name, patch(structuredClone(DEFAULT_NET_SETTINGS))];
}

/** One factor at a time away from the default. */
const GRID: Array<[string, NetSettings]> = [
  variant('default', (s) => s),
  variant('digits raw', (s) => ({ ...s, features: { ...s.features, digits: 'raw' } })),
  variant('digits length', (s) => ({ ...s, features: { ...s.features, digits: 'length' } })),
  variant('digits mask', (s) => ({ ...s, features: { ...s.features, digits: 'mask' } })),
  variant('numerals off', (s) => ({ ...s, features: { ...s.features, numerals: false } })),
  variant('idf off', (s) => ({ ...s, features: { ...s.features, idf: false } })),
  variant('bits 16', (s) => ({ ...s, features: { ...s.features, bits: 16 } })),
  variant('bits 20', (s) => ({ ...s, features: { ...s.features, bits: 20 } })),
  variant('l2 1e-6', (s) => ({ ...s, logistic: { ...s.logistic, l2: 1e-6 } })),
  variant('l2 3e-6', (s) => ({ ...s, logistic: { ...s.logistic, l2: 3e-6 } })),
  variant('l2 1e-5', (s) => ({ ...s, logistic: { ...s.logistic, l2: 1e-5 } })),
  variant('l2 3e-5', (s) => ({ ...s, logistic: { ...s.logistic, l2: 3e-5 } })),
  variant('l2 3e-4', (s) => ({ ...s, logistic: { ...s.logistic, l2: 3e-4 } })),
  variant('l2 1e-3', (s) => ({ ...s, logistic: { ...s.logistic, l2: 1e-3 } })),
  variant('unbalanced', (s) => ({ ...s, logistic: { ...s.logistic, balanced: false } })),
  variant('joint model', (s) => ({ ...s, mode: 'joint' })),
];

/** Lines quoting a number (digits, Chinese numerals with a unit, English tens): where digit handling shows. */
const HAS_NUMBER = /\d|[一二两三四五六七八九][十百]|(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)/i;

function logLoss(scores: readonly number[], positive: readonly boolean[]): number {
  const eps = 1e-7;
  return mean(scores.map((s, i) => -Math.log(Math.min(1 - eps, Math.max(eps, positive[i] ? s : 1 - s)))));
}

function reportGrid(corpus: NetCorpus) {
  console.log(
    'AUC per language (sd over folds), mean AUC, recall at FPR 5%, AUC on lines with a number, pooled log loss',
  );
  console.log(
    'setting            zh AUC (sd)      en AUC (sd)      mean     zh/en rec@5%   zh/en AUC numbers   zh/en log loss  ms/fold',
  );
  for (const [name, settings] of GRID) {
    const started = Date.now();
    const rs = LANGS.map((lang) => crossValidate(corpus, lang, settings));
    const ms = (Date.now() - started) / 10;
    const aucs = rs.map((r) => rocAuc(r.scores, r.positive));
    const cell = (i: number) => `${aucs[i].toFixed(4)} (${sd(rs[i].foldAuc).toFixed(4)})`;
    const rec = rs.map((r) => (100 * recallAtFpr(r.scores, r.positive, 0.05)).toFixed(1)).join('/');
    const numbers = LANGS.map((lang, i) => {
      const keep = corpus[lang].map((e) => HAS_NUMBER.test(e.text));
      const r = rs[i];
      return rocAuc(
        r.scores.filter((_, j) => keep[j]),
        r.positive.filter((_, j) => keep[j]),
      ).toFixed(4);
    }).join('/');
    const ll = rs.map((r) => logLoss(r.scores, r.positive).toFixed(3)).join('/');
    console.log(
      `${name.padEnd(18)} ${cell(0).padEnd(16)} ${cell(1).padEnd(16)} ${mean(aucs).toFixed(4)}   ${rec.padEnd(13)}  ${numbers.padEnd(18)}  ${ll.padEnd(14)}  ${ms.toFixed(0)}`,
    );
  }
  for (const lang of LANGS) {
    const n = corpus[lang].filter((e) => HAS_NUMBER.test(e.text)).length;
    console.log(`${lang}: ${n} of ${corpus[lang].length} lines quote a number`);
  }
}

function main() {
  const args = process.argv.slice(2);
  const corpus = loadNetCorpus();
  if (args.includes('--grid')) {
    reportGrid(corpus);
    return;
  }
  // --setting=<grid name>: measure a candidate instead of the default (model selection only).
  const name = args.find((a) => a.startsWith('--setting='))?.slice('--setting='.length) ?? 'default';
  const chosen = GRID.find(([n]) => n === name);
  if (!chosen) throw new Error(`unknown setting "${name}"; one of: ${GRID.map(([n]) => n).join(', ')}`);
  const settings = chosen[1];
  console.log(`settings ${name} ${JSON.stringify(settings)}`);
  const file = args.find((a) => !a.startsWith('--'));
  if (!args.includes('--no-cv')) reportCv(corpus, settings);
  if (file) reportHeldout(corpus, settings, file, args.includes('--show'), args.includes('--with-rules'));
}

main();
