import type { Lang } from '../../core/types';
import { catalog, ingredientName } from '../../knowledge/medicines/catalog';
import type { AdultDose, Ingredient, Product, Range } from '../../knowledge/medicines/types';
import { pick } from '../../core/text';
import type { ChildDoseResult } from './dose-calculator';
import { maxUnitsPerDay } from './dose-calculator';

/** Sentences built from the dose numbers in the data, so the text can never disagree with them. */

function range(r: Range, lang: Lang): string {
  if (r.min === r.max) return `${r.min}`;
  return `${r.min}${lang === 'zh' ? '～' : '–'}${r.max}`;
}

function scheduleText(dose: AdultDose, lang: Lang): string {
  if (dose.intervalHours) {
    return lang === 'zh'
      ? `间隔${range(dose.intervalHours, 'zh')}小时`
      : `${range(dose.intervalHours, 'en')} hours apart`;
  }
  if (dose.timesPerDay) {
    return lang === 'zh' ? `一日${range(dose.timesPerDay, 'zh')}次` : `${range(dose.timesPerDay, 'en')} times a day`;
  }
  return '';
}

function daysText(dose: AdultDose, lang: Lang): string {
  const d = dose.maxDays;
  if (!d) return '';
  if (lang === 'zh') {
    const parts = [
      d.fever && `退烧最多连用${d.fever}天`,
      d.pain && `止痛不超过${d.pain}天`,
      d.course && `最多用${d.course}天`,
    ];
    return `${parts.filter(Boolean).join('，')}。`;
  }
  const parts = [
    d.fever && `for fever use it at most ${d.fever} days`,
    d.pain && `for pain ${d.pain} days`,
    d.course && `use it for at most ${d.course} days`,
  ];
  const sentence = parts.filter(Boolean).join(', ');
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : '';
}

/**
 * "how often?" / "隔多久吃一次" after a dose answer: the interval and the most in 24 hours, nothing else.
 * A child's from the children's rule, an adult's from the adult one; undefined when the data has none.
 */
export function intervalText(ingredient: Ingredient, child: boolean, lang: Lang): string | undefined {
  const name = ingredientName(ingredient.id, lang);
  if (child) {
    const rule = ingredient.child;
    if (!rule) return undefined;
    return lang === 'zh'
      ? `孩子用${name}：间隔${range(rule.intervalHours, 'zh')}小时一次，24小时最多${rule.maxDosesPerDay}次。`
      : `For the child, ${name}: ${range(rule.intervalHours, 'en')} hours apart, at most ${rule.maxDosesPerDay} doses in 24 hours.`;
  }
  const dose = ingredient.adult;
  const schedule = dose ? scheduleText(dose, lang) : '';
  if (!dose || !schedule) return undefined;
  if (lang === 'zh') {
    const max = dose.maxDailyMg ? `，24小时不超过${dose.maxDailyMg}毫克` : '';
    return `成人${name}：${schedule}${dose.intervalHours ? '吃一次' : ''}${max}。`;
  }
  const max = dose.maxDailyMg ? `, no more than ${dose.maxDailyMg} mg in 24 hours` : '';
  return `Adults, ${name}: ${schedule}${max}.`;
}

/** "还能吃多久" / "for how long?": the self-care days the adult rule allows. */
export function durationText(ingredient: Ingredient, lang: Lang): string | undefined {
  const dose = ingredient.adult;
  const days = dose ? daysText(dose, lang) : '';
  if (!days || days === '。') return undefined;
  const name = ingredientName(ingredient.id, lang);
  return lang === 'zh'
    ? `成人${name}：${days}超过这个天数还不好，请就医。`
    : `Adults, ${name}: ${days} If it is not better by then, see a doctor.`;
}

export function adultDoseText(ingredient: Ingredient, lang: Lang): string | undefined {
  const dose = ingredient.adult;
  if (!dose?.doseMg) return undefined;
  const name = ingredientName(ingredient.id, lang);
  const schedule = scheduleText(dose, lang);
  if (lang === 'zh') {
    const max = dose.maxDailyMg ? `，24小时不超过${dose.maxDailyMg}毫克` : '';
    return `成人${name}：一次${range(dose.doseMg, 'zh')}毫克，${schedule}${max}。${daysText(dose, 'zh')}`;
  }
  const max = dose.maxDailyMg ? `, no more than ${dose.maxDailyMg} mg in 24 hours` : '';
  return `Adults, ${name}: ${range(dose.doseMg, 'en')} mg at a time, ${schedule}${max}. ${daysText(dose, 'en')}`.trim();
}

/**
 * The ingredient's daily limit and days, without its generic mg range: for a product whose own
 * label gives the dose in tablets (a 650 mg tablet next to "300–600 mg at a time" confuses).
 */
export function adultLimitText(ingredient: Ingredient, lang: Lang): string | undefined {
  const dose = ingredient.adult;
  if (!dose?.maxDailyMg && !dose?.maxDays) return undefined;
  const name = ingredientName(ingredient.id, lang);
  if (lang === 'zh') {
    const max = dose.maxDailyMg ? `成人${name}24小时不超过${dose.maxDailyMg}毫克。` : '';
    return `${max}${daysText(dose, 'zh')}`.replace(/^。$/, '') || undefined;
  }
  const max = dose.maxDailyMg ? `Adults: no more than ${dose.maxDailyMg} mg of ${name} in 24 hours.` : '';
  return `${max} ${daysText(dose, 'en')}`.trim() || undefined;
}

export function childDoseText(name: string, weightKg: number, result: ChildDoseResult, lang: Lang): string {
  if (result.kind === 'too-young') {
    return lang === 'zh'
      ? `${name}不用于${result.minAgeMonths}个月以下的宝宝，请直接就医。`
      : `${name} is not for babies under ${result.minAgeMonths} months: please see a doctor.`;
  }
  const ml = result.ml
    ? lang === 'zh'
      ? `（约${range(result.ml, 'zh')}毫升）`
      : ` (about ${range(result.ml, 'en')} mL)`
    : '';
  return lang === 'zh'
    ? `${weightKg}公斤的孩子，${name}一次${range(result.mg, 'zh')}毫克${ml}，间隔${range(result.intervalHours, 'zh')}小时，24小时最多${result.maxDosesPerDay}次。`
    : `For a ${weightKg} kg child, ${name}: ${range(result.mg, 'en')} mg${ml} at a time, ${range(result.intervalHours, 'en')} hours apart, at most ${result.maxDosesPerDay} doses in 24 hours.`;
}

/**
 * "Each tablet has 325 mg acetaminophen: at most 6 a day": the lower of the label's limit and
 * the hotline's daily acetaminophen limit, because a label may allow more than 2 g.
 */
export function productCapText(product: Product, ingredient: Ingredient, lang: Lang): string | undefined {
  const mg = product.ingredients.find((i) => i.id === ingredient.id)?.mg;
  const maxDaily = ingredient.adult?.maxDailyMg;
  if (!mg || !maxDaily || !product.unit) return undefined;
  const units = Math.min(maxUnitsPerDay(mg, maxDaily), product.labelMaxUnitsPerDay ?? Infinity);
  const name = ingredientName(ingredient.id, lang);
  const unit = pick(product.unit, lang);
  return lang === 'zh'
    ? `每${unit}含${name}${mg}毫克：一天最多${units}${unit}，而且不能再吃其他含${name}的药。`
    : `Each ${unit} has ${mg} mg ${name}: at most ${units} ${unit}${units === 1 ? '' : 's'} a day, and no other medicine containing ${name}.`;
}

/** A child whose weight is unknown: the dose for the lightest weight of the label's band for their age. */
export function ageBandDoseText(
  name: string,
  ageYears: number,
  band: { weightKg: Range },
  result: ChildDoseResult,
  lang: Lang,
): string {
  if (result.kind === 'too-young') return childDoseText(name, 0, result, lang);
  const age = Number.isInteger(ageYears) ? `${ageYears}` : ageYears.toFixed(1);
  const ml = result.ml ? (lang === 'zh' ? `（约${result.ml.max}毫升）` : ` (about ${result.ml.max} mL)`) : '';
  return lang === 'zh'
    ? `不知道体重时，按说明书${age}岁的孩子按${range(band.weightKg, 'zh')}公斤算：${name}一次${result.mg.max}毫克${ml}，间隔${range(result.intervalHours, 'zh')}小时，24小时最多${result.maxDosesPerDay}次。称了体重可以算得更准。`
    : `Without a weight, the label puts a ${age}-year-old at ${range(band.weightKg, 'en')} kg: ${name} ${result.mg.max} mg${ml} at a time, ${range(result.intervalHours, 'en')} hours apart, at most ${result.maxDosesPerDay} doses in 24 hours. Weighing the child gives a more exact dose.`;
}

/** A name sold in several strengths: how many a day for each, within the daily limit. */
export function strengthCapsText(product: Product, lang: Lang): string | undefined {
  const caps = (product.strengths ?? [])
    .map((id) => catalog.products.get(id))
    .filter((p): p is Product => !!p)
    .map((p) => {
      const ing = p.ingredients[0];
      const limit = ing ? catalog.ingredients.get(ing.id)?.adult?.maxDailyMg : undefined;
      if (!ing?.mg || !limit) return undefined;
      const units = Math.min(maxUnitsPerDay(ing.mg, limit), p.labelMaxUnitsPerDay ?? Infinity);
      return lang === 'zh' ? `每片${ing.mg}毫克的一天最多${units}片` : `${ing.mg} mg: at most ${units} a day`;
    })
    .filter((t): t is string => !!t);
  if (caps.length === 0) return undefined;
  return lang === 'zh' ? `规格不同片数不同：${caps.join('，')}。` : `It depends on the strength: ${caps.join('; ')}.`;
}
