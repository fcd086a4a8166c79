import type { HandlerResult, IntentHandler } from '../../core/types';
import { catalog } from '../../knowledge/medicines/catalog';
import { findMedicineSpans } from '../../nlp/entities/medicines';
import { normalizeText } from '../../nlp/text/phrase-matcher';

/**
 * One name per medicine per reply: a medicine may be introduced once with its other name in brackets
 * ("acetaminophen (paracetamol)", "对乙酰氨基酚（扑热息痛）", a product with its ingredient "Motrin
 * (ibuprofen)"), and is then called by the name it was introduced with. Later brackets repeating the
 * introduction are dropped, and another name for the same medicine is replaced by the first, so a reply
 * never calls one thing by three names.
 */
const OPEN = /^\s?[（(]$/;

interface Mention {
  id: string;
  start: number;
  end: number;
  /** The bracket after it holds one medicine name only: "(paracetamol)", or the ingredient "(ibuprofen)". */
  alias?: { id: string; name: string; end: number };
}

function mentionsIn(line: string): Mention[] {
  const spans = findMedicineSpans(line);
  const mentions: Mention[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const next = spans[i + 1];
    const gap = next ? line.slice(span.end, next.start) : '';
    const close = next ? line.charAt(next.end) : '';
    if (next && OPEN.test(gap) && /[）)]/.test(close)) {
      mentions.push({ ...span, alias: { id: next.id, name: line.slice(next.start, next.end), end: next.end + 1 } });
      i++;
    } else {
      mentions.push(span);
    }
  }
  return mentions;
}

export function oneNamePerMedicine(text: string): string {
  const first = new Map<string, string>();
  return text
    .split('\n')
    .map((line) => {
      // Spans are found on the normalised text: only lines it leaves the same length can be edited by index.
      if (normalizeText(line).length !== line.length) return line;
      let out = '';
      let at = 0;
      for (const m of mentionsIn(line)) {
        const said = line.slice(m.start, m.end);
        const seen = first.get(m.id);
        if (!seen) {
          first.set(m.id, said);
          // "Motrin (ibuprofen)": ibuprofen is then called that too.
          if (m.alias && !first.has(m.alias.id)) first.set(m.alias.id, m.alias.name);
          continue;
        }
        const same = said.toLowerCase() === seen.toLowerCase();
        if (same && !m.alias) continue;
        // "nirmatrelvir 300 mg with ritonavir 100 mg": two parts of one combination are not two names for it.
        if (!same && !m.alias && partsOfOne(m.id, said, seen)) continue;
        // Introduced already: its first name (as this sentence has it cased), without the bracket again.
        out += line.slice(at, m.start) + (same ? said : casedLike(said, seen));
        at = m.alias ? m.alias.end : m.end;
      }
      return out + line.slice(at);
    })
    .join('\n');
}

/** Both names are parts of the medicine's combined name ("nirmatrelvir/ritonavir", "奈玛特韦/利托那韦"). */
function partsOfOne(id: string, said: string, seen: string): boolean {
  const names = catalog.ingredients.get(id)?.names;
  const parts = [...(names?.zh ?? []), ...(names?.en ?? [])]
    .filter((n) => /[/／]/.test(n))
    .flatMap((n) => n.split(/[/／]/).map((p) => p.trim().toLowerCase()));
  return parts.includes(said.toLowerCase()) && parts.includes(seen.toLowerCase());
}

/** "Paracetamol is…" becomes "Acetaminophen is…": a name starting a sentence keeps its capital. */
function casedLike(said: string, name: string): string {
  return /^[A-Z]/.test(said) ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** The medicine handlers' replies, each through the one-name rule. */
export function withOneName(handler: IntentHandler): IntentHandler {
  return async (ctx) => {
    const result: HandlerResult = await handler(ctx);
    return result.text ? { ...result, text: oneNamePerMedicine(result.text) } : result;
  };
}
