/**
 * A message as the understanding steps read it — emergency screen, entities, classifier — computed once
 * per turn: sanitised (core/sanitize.ts), folded (NFKC, lower case, one space), traditional characters
 * read as simplified (script.ts), English contractions
 * spelled out, Chinese sound-alikes of red-flag words rewritten (sound-alike.ts), and a reading the
 * person corrects read as corrected (corrections.ts). The person's own
 * words are what is stored and shown; this is only what is understood.
 */
import { sanitizeText } from '../../core/sanitize';
import { redFlags } from '../../knowledge/red-flags';
import { readCorrections } from './corrections';
import { normalizeEnglish } from './english';
import { readDialect } from './dialect';
import { normalizeText } from './normalize';
import { toSimplified } from './script';
import { SoundAlikeReader } from './sound-alike';

function* lexiconPhrases(): Iterable<string> {
  for (const atom of redFlags.atoms.values()) yield* atom.zh.map(readDialect);
  for (const sign of redFlags.signs.values()) yield* sign.phrases.zh.map(readDialect);
  yield* redFlags.soundAlikeShortWords;
  yield* redFlags.soundAlikeVitalWords;
}

const soundAlikes = new SoundAlikeReader(
  lexiconPhrases(),
  redFlags.soundAlikeExceptions,
  redFlags.soundAlikeShortWords,
  redFlags.soundAlikeVitalWords,
);

/** The engine reads a message for its entities and then for the screen: the last few are kept. */
const recent = new Map<string, string>();
const RECENT = 16;

export function readMessage(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const read = readCorrections(
    soundAlikes.read(readDialect(normalizeEnglish(normalizeText(toSimplified(sanitizeText(text)))))),
  );
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(text, read);
  return read;
}
