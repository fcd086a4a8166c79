import type { Lang, TurnContext } from '../../core/types';
import { catalog, ingredientName, medicineName } from '../../knowledge/medicines/catalog';
import { normalizeText } from '../../nlp/text/phrase-matcher';
import * as care from '../../knowledge/red-flags/care';
import { joinList, unique } from '../../core/text';
import { certainIngredients } from './components';
import { findMedicines } from '../../nlp/entities/medicines';
import { findUnknownMedicineNames } from './unknown-names';

/** What the medication handlers share: which medicines this turn names, and the honest "I don't know". */

/** Medicines named this turn: the engine's entities when present, else the lexicon on the text. */
export function medicinesInTurn(ctx: TurnContext): string[] {
  const fromEntities = ctx.entities.medicines ?? [];
  return fromEntities.length > 0 ? [...fromEntities] : findMedicines(ctx.text);
}

/** Medicines carried in a pending question's data (asked in an earlier turn). */
export function pendingMedicines(ctx: TurnContext): string[] {
  const data = ctx.answering?.data?.medicines;
  return Array.isArray(data) ? data.filter((m): m is string => typeof m === 'string') : [];
}

/**
 * Names that look like medicines but are not in the knowledge base. When the person is answering
 * our "which medicine?" question and nothing is recognised, their whole answer is that name.
 */
export function unknownNames(ctx: TurnContext, recognised: readonly string[]): string[] {
  const found = findUnknownMedicineNames(ctx.text);
  if (found.length > 0 || recognised.length > 0 || !ctx.answering) return found;
  const answer = normalizeText(ctx.text)
    .trim()
    .replace(/[。.!！?？]+$/, '');
  return answer && answer.length <= 30 ? [answer] : [];
}

export function unknownMedicineText(names: readonly string[], lang: Lang): string {
  const list = joinList(
    names.map((n) => (lang === 'zh' ? `“${n}”` : `"${n}"`)),
    lang,
  );
  return lang === 'zh'
    ? `我的药品知识库里没有${list}，无法判断它的成分，请带着药盒问药师或家庭医生，不要凭名字猜。`
    : `${list} is not in my medicine knowledge base, so I cannot tell what is in it. Please show the pack to a pharmacist or your family doctor rather than guessing from the name.`;
}

/** "泰诺（含对乙酰氨基酚、伪麻黄碱…）" so that people learn to read the ingredient list. */
export function withIngredients(medicine: string, lang: Lang): string {
  const name = medicineName(medicine, lang);
  const product = catalog.products.get(medicine);
  if (!product || product.kind === 'category') return name;
  const ingredients = certainIngredients(medicine).map((id) => ingredientName(id, lang));
  if (ingredients.length === 0) {
    return lang === 'zh' ? `${name}（中成药，不含西药成分）` : `${name} (herbal, no Western drug listed)`;
  }
  return lang === 'zh' ? `${name}（含${ingredients.join('、')}）` : `${name} (${ingredients.join(', ')})`;
}

/** When to get care, closing every medicine answer (from the red-flag rule table). */
export function careClosing(lang: Lang, emergencyNumber: string): string {
  return care.careClosing(lang, emergencyNumber);
}

export function careSources(): string[] {
  return care.careSources();
}

export function mergeMedicineFacts(earlier: readonly string[] | undefined, now: readonly string[]): string[] {
  // Keep the last few only: older medicines are probably finished.
  return unique([...(earlier ?? []), ...now]).slice(-8);
}
