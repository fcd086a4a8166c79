import { normalizeText, type PhraseMatch } from '../../nlp/text/phrase-matcher';
import { findMedicineSpans } from '../../nlp/entities/medicines';

/**
 * Finds words that look like medicine names but are not in the knowledge base, so the answer can
 * say so honestly instead of guessing what is in them.
 */

// Dosage forms and drug-name endings: "XX片", "XX胶囊", "莫诺拉韦", "levofloxacin".
const ZH_FORM =
  /(片|胶囊|颗粒|冲剂|糖浆|口服液|合剂|丸|滴剂|混悬液|喷雾剂|软膏|沙星|西林|霉素|他定|替丁|拉唑|地平|沙坦|普利|洛尔|双胍|咪唑|洛芬|那敏|米松|拉韦|特韦|西韦)/g;
const EN_DRUG =
  /\b[a-z]{3,}(?:vir|mab|pril|sartan|statin|cillin|mycin|floxacin|azole|olol|dipine|tidine|prazole|triptan|profen|oxetine|zepam|zolam|ipramine|tadine|cycline|lukast|terol)\b/g;
// Characters that end a Chinese name when reading backwards from its dosage form.
const ZH_STOP =
  /[\s，。！？、,.!?;；:：“”"'（）()我你他她它的了吃和跟与及还能可以再把给用服喝买在是有没个一二两三四五六七八九十几每次天半这那些种吗呢吧啊么什怎样要想请问过都也就又同时候后前里上下多少否或者拿开药盒瓶]/;
const ZH_GENERIC = new Set(['药片', '糖浆', '胶囊', '颗粒', '冲剂', '口服液', '药丸', '滴剂']);
// Ordinary words that happen to end like a drug name ("cholesterol" ends in -terol).
const EN_NOT_DRUGS = new Set(['cholesterol']);

function overlaps(start: number, end: number, spans: PhraseMatch[]): boolean {
  return spans.some((s) => start < s.end && s.start < end);
}

function chineseCandidates(text: string, known: PhraseMatch[]): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ZH_FORM)) {
    const end = (m.index ?? 0) + m[0].length;
    let start = m.index ?? 0;
    while (start > 0 && !ZH_STOP.test(text[start - 1])) start -= 1;
    const name = text.slice(start, end);
    const stem = name.slice(0, name.length - m[0].length);
    if (stem.length < 2 || ZH_GENERIC.has(name) || overlaps(start, end, known)) continue;
    found.push(name);
  }
  return found;
}

function englishCandidates(text: string, known: PhraseMatch[]): string[] {
  return [...text.matchAll(EN_DRUG)]
    .filter((m) => !EN_NOT_DRUGS.has(m[0]) && !overlaps(m.index ?? 0, (m.index ?? 0) + m[0].length, known))
    .map((m) => m[0]);
}

export function findUnknownMedicineNames(text: string): string[] {
  const normalized = normalizeText(text);
  const known = findMedicineSpans(text);
  return [...new Set([...chineseCandidates(normalized, known), ...englishCandidates(normalized, known)])];
}
