/**
 * Labelled utterances for evaluation: the held-out set (never trained on) and the shared
 * public example cases. JSON Lines, one `{ lang, text, intent }` per line.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { INTENTS, LANGS, type IntentId, type Lang } from '../../core/types';

export interface LabelledCase {
  lang: Lang;
  text: string;
  intent: IntentId;
}

export const HELDOUT_PATH = path.join(__dirname, 'heldout.jsonl');
/** The contract's public example cases, copied into the repository (tests/fixtures). */
export const PUBLIC_CASES_PATH = path.resolve(__dirname, '..', '..', 'tests', 'fixtures', 'public-cases.jsonl');

function parseLine(line: string, where: string): LabelledCase {
  const raw = JSON.parse(line) as Partial<Record<keyof LabelledCase, unknown>>;
  const { lang, text, intent } = raw;
  if (!(LANGS as readonly unknown[]).includes(lang)) throw new Error(`${where}: bad lang ${String(lang)}`);
  if (typeof text !== 'string' || text.trim() === '') throw new Error(`${where}: missing text`);
  if (!(INTENTS as readonly unknown[]).includes(intent)) throw new Error(`${where}: bad intent ${String(intent)}`);
  return { lang: lang as Lang, text, intent: intent as IntentId };
}

export function readCases(file: string): LabelledCase[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), where: `${path.basename(file)}:${i + 1}` }))
    .filter(({ line }) => line !== '')
    .map(({ line, where }) => parseLine(line, where));
}

/** The public cases, or null when the shared folder is not there (e.g. a bare clone). */
export function readPublicCases(): LabelledCase[] {
  return readCases(PUBLIC_CASES_PATH);
}
