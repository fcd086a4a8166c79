import type { Lang, PersonProfile, TakenDose } from '../../core/types';
import { catalog, ingredientName, medicineName } from '../../knowledge/medicines/catalog';
import { pick } from '../../core/text';
import { certainIngredients } from './components';

/**
 * "已经吃了两片泰诺林，还能吃感冒灵吗": what was already taken, added up against the daily limit of
 * each ingredient, and what that leaves for today or how long to wait. Only doses said to be taken
 * in the last 24 hours count.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TakenLines {
  lines: string[];
  sources: string[];
}

function recent(profile: PersonProfile, now: Date): TakenDose[] {
  return (profile.taken ?? []).filter((t) => now.getTime() - Date.parse(t.at) + (t.hoursAgo ?? 0) * 3600_000 < DAY_MS);
}

/** mg of one ingredient per unit of a medicine, when the product says it. */
function mgPerUnit(medicine: string, ingredient: string): number | undefined {
  return catalog.products.get(medicine)?.ingredients.find((i) => i.id === ingredient)?.mg;
}

function unitOf(medicine: string, lang: Lang): string {
  const unit = catalog.products.get(medicine)?.unit;
  return unit ? pick(unit, lang) : lang === 'zh' ? '片' : 'tablet';
}

/**
 * Lines about what was taken for the ingredients shared with the medicines asked about (or all
 * of the taken medicine's capped ingredients when nothing else is asked).
 */
export function takenSoFar(
  profile: PersonProfile,
  asked: readonly string[],
  lang: Lang,
  now: Date,
  child: boolean,
): TakenLines {
  const lines: string[] = [];
  const sources: string[] = [];
  for (const dose of recent(profile, now)) {
    const askedIngredients = new Set(asked.flatMap(certainIngredients));
    for (const id of certainIngredients(dose.medicine)) {
      const ingredient = catalog.ingredients.get(id);
      if (!ingredient?.adult?.maxDailyMg || (asked.length > 0 && !askedIngredients.has(id))) continue;
      const line = child ? childLine(dose, id, lang) : adultLine(dose, id, asked, lang);
      if (line) {
        lines.push(line);
        sources.push(...(child ? (ingredient.child?.sources ?? []) : ingredient.adult.sources));
      }
    }
  }
  return { lines, sources };
}

function adultLine(dose: TakenDose, id: string, asked: readonly string[], lang: Lang): string | undefined {
  const ingredient = catalog.ingredients.get(id)!;
  const max = ingredient.adult!.maxDailyMg!;
  const name = ingredientName(id, lang);
  const product = medicineName(dose.medicine, lang);
  const per = mgPerUnit(dose.medicine, id);
  const unit = unitOf(dose.medicine, lang);
  const wait = waitText(dose, id, lang);
  if (per === undefined || dose.units === undefined) {
    const strengths = strengthsText(dose, id, lang);
    return lang === 'zh'
      ? `已经吃的${product}要算进去：所有药里的${name}加起来，24小时不超过${max}毫克。${strengths}${wait}`
      : `Count the ${product} already taken: all the ${name} in every medicine together, no more than ${max} mg in 24 hours. ${strengths}${wait}`.trim();
  }
  const total = per * dose.units;
  const left = Math.max(0, max - total);
  const sum =
    lang === 'zh'
      ? `已经吃了${dose.units}${unit}${product}，每${unit}${per}毫克，共${total.toLocaleString('en-US')}毫克${name}。`
      : `You have taken ${dose.units} ${unit}${dose.units === 1 ? '' : 's'} of ${product} at ${per} mg each: ${total.toLocaleString('en-US')} mg of ${name}.`;
  const other = asked.find((m) => m !== dose.medicine && certainIngredients(m).includes(id));
  if (left < per) {
    return lang === 'zh'
      ? `${sum}24小时上限${max}毫克，今天不能再吃任何含${name}的药了，要等到第一次吃满24小时后。`
      : `${sum} The limit is ${max} mg in 24 hours: no more of any medicine containing ${name} until 24 hours after the first dose.`;
  }
  const more = Math.floor(left / per);
  // One product per ingredient: the rest of the day's allowance is more of the same, never a second product.
  const instead = other
    ? lang === 'zh'
      ? `${medicineName(other, lang)}也含${name}，不要再加；`
      : `${capitalize(medicineName(other, lang))} also contains ${name}: do not add it. `
    : '';
  return lang === 'zh'
    ? `${sum}24小时上限${max}毫克，还剩${left.toLocaleString('en-US')}毫克。${instead}需要的话，24小时内最多再吃${more}${unit}${product}，${wait || '按说明书的间隔吃。'}`
    : `${sum} With a limit of ${max} mg in 24 hours, ${left.toLocaleString('en-US')} mg is left. ${instead}If you need more, at most ${more} more ${unit}${more === 1 ? '' : 's'} of ${product} in those 24 hours. ${wait || "Keep to the label's interval."}`.trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "美国泰诺" comes in several strengths: what the tablets taken add up to in each. */
function strengthsText(dose: TakenDose, id: string, lang: Lang): string {
  const strengths = catalog.products.get(dose.medicine)?.strengths ?? [];
  if (strengths.length === 0 || dose.units === undefined) return '';
  const sums = strengths
    .map((s) => mgPerUnit(s, id))
    .filter((mg): mg is number => mg !== undefined)
    .map((mg) =>
      lang === 'zh' ? `每片${mg}毫克是${mg * dose.units!}毫克` : `${mg} mg tablets make ${mg * dose.units!} mg`,
    );
  return lang === 'zh'
    ? `您吃的${dose.units}片：${sums.join('，')}，看包装上的毫克数。`
    : `Your ${dose.units}: ${sums.join(', ')}; check the mg on the pack. `;
}

function waitText(dose: TakenDose, id: string, lang: Lang): string {
  const interval = catalog.ingredients.get(id)?.adult?.intervalHours;
  if (!interval || dose.hoursAgo === undefined) return '';
  if (dose.hoursAgo >= interval.min)
    return lang === 'zh'
      ? `离上次已经${dose.hoursAgo}小时，到了间隔（${interval.min}～${interval.max}小时），需要的话可以再吃一次。`
      : `It has been ${dose.hoursAgo} hours, the ${interval.min}–${interval.max} hour interval: the next dose can be taken if needed.`;
  const wait = interval.min - dose.hoursAgo;
  return lang === 'zh'
    ? `离上次吃才${dose.hoursAgo}小时，至少再等${wait}小时（缓释片按说明书隔8小时）。`
    : `It has been only ${dose.hoursAgo} hours: wait at least ${wait} more hour${wait === 1 ? '' : 's'} (8 hours for extended-release tablets).`;
}

function childLine(dose: TakenDose, id: string, lang: Lang): string {
  const rule = catalog.ingredients.get(id)!.child;
  const name = ingredientName(id, lang);
  const product = medicineName(dose.medicine, lang);
  if (!rule)
    return lang === 'zh'
      ? `孩子已经吃过${product}，再给药前请先问药师。`
      : `The child has had ${product}: ask a pharmacist before giving more.`;
  const interval = `${rule.intervalHours.min}${lang === 'zh' ? '～' : '–'}${rule.intervalHours.max}`;
  return lang === 'zh'
    ? `孩子已经吃过的${product}算一次${name}：下一次至少隔${interval}小时，所有含${name}的药加起来24小时最多${rule.maxDosesPerDay}次。`
    : `The ${product} the child already had counts as one dose of ${name}: the next one at least ${interval} hours later, and no more than ${rule.maxDosesPerDay} doses of anything containing ${name} in 24 hours.`;
}
