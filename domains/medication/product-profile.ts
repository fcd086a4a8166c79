import type { Lang } from '../../core/types';
import { catalog, ingredientName, medicineName } from '../../knowledge/medicines/catalog';
import type { Ingredient } from '../../knowledge/medicines/types';
import { normalizeText } from '../../nlp/text/phrase-matcher';
import { pick, unique } from '../../core/text';
import { certainIngredients } from './components';

/**
 * "感冒灵里有什么成分" / "What is in Theraflu?": what a named medicine is made of, from the data,
 * with the one warning that matters most when people combine it (hidden acetaminophen) and the
 * ingredients' strongest cautions. Nothing is guessed: an unknown name never gets here.
 */
export interface Profile {
  lines: string[];
  sources: string[];
}

const WHAT_IS_IN = [
  /什么成分|啥成分|哪些成分|成分是|成份|含(有)?(什么|啥|哪些)|里面(有|是)(什么|啥)|里(有|是)(什么|啥)|配方|是什么药|什么药来的|是治什么|治什么的|干什么用|做什么用|有什么用|是啥药/,
  /\bwhat(?:'s| is| are)? (?:in|inside)\b|\bingredients?\b|\bcontains?\b|\bwhat(?:'s| is) .{1,30} made of\b|\bmade of\b|\bwhat(?:'s| is) .{1,30} for\b|\bwhat kind of (?:medicine|drug)\b|\bwhat does .{1,30} do\b/i,
];

/** The message asks what a medicine is (ingredients, kind, purpose) rather than how to take it. */
export function asksWhatIsIn(text: string): boolean {
  const t = normalizeText(text);
  return WHAT_IS_IN.some((re) => re.test(t));
}

const DOSE_QUESTION = [
  /一次(?:一|半|1)[片粒袋包颗支](?:还是|或者)|吃多少|吃几|几片|几粒|几袋|几毫升|多少毫升|多少毫克|一次吃|一天吃|一天最多|最多一天|一天几次|最多几次|最多吃|每天最多|怎么吃|用量|剂量|多久吃一次|隔多久/,
  /\bhow (?:much|many|often)\b|\bdose\b|\bdosage\b|\bmost .{0,30} (?:a|per|in a) day\b|\bmax(?:imum)?\b|\bhow long\b|\b(?:one|a|1|half a) (?:sachet|tablet|pill|capsule|spoon|scoop|packet)s? or (?:two|2|three|3)\b/i,
];

/** "一天最多吃几片" / "what is the most Advil in a day": a dose question, whatever the classifier said. */
export function asksDose(text: string): boolean {
  const t = normalizeText(text);
  return DOSE_QUESTION.some((re) => re.test(t));
}

const MAX_HERBS = 6;
const MAX_CAUTIONS = 2;

export function productProfile(medicine: string, lang: Lang): Profile {
  const product = catalog.products.get(medicine);
  const ingredient = catalog.ingredients.get(medicine);
  const name = medicineName(medicine, lang);
  const lines: string[] = [];
  const sources: string[] = [];
  const certain = certainIngredients(medicine);
  const ingredients = certain.map((id) => catalog.ingredients.get(id)).filter((i): i is Ingredient => !!i);

  if (product && product.kind === 'product') {
    lines.push(compositionLine(name, certain, product.mayContain ?? [], product.herbal ?? [], lang));
    sources.push(...product.sources);
  } else if (product) {
    // A category ("感冒药", "antibiotics"): what the data says about the kind, not a recipe.
    if (product.note) lines.push(pick(product.note, lang));
    sources.push(...product.sources);
  } else if (ingredient) {
    sources.push(...ingredient.sources);
  }

  const apap = ingredients.find((i) => i.id === 'acetaminophen');
  if (apap?.overdose && product?.kind === 'product') {
    const apapName = ingredientName('acetaminophen', lang);
    lines.push(
      (lang === 'zh'
        ? `它含${apapName}，不要再同时吃其他含${apapName}的药（泰诺林、必理通、很多感冒药都含）。`
        : `It contains ${apapName}: do not take it with any other medicine that contains ${apapName} (Tylenol, Panadol and many cold medicines do). `) +
        pick(apap.overdose, lang),
    );
    sources.push(...apap.sources);
  }
  if (product?.kind === 'product' && product.note) lines.push(pick(product.note, lang));
  for (const i of ingredients) {
    if (i.adult?.note && (i.classes.includes('antibiotic') || i.classes.includes('antiviral-covid'))) {
      lines.push(pick(i.adult.note, lang));
      sources.push(...i.adult.sources);
    }
  }
  const cautions = ingredients
    .filter((i) => i.id !== 'acetaminophen')
    .flatMap((i) => i.cautions.filter((c) => c.level === 'avoid').slice(0, 1))
    .slice(0, MAX_CAUTIONS);
  lines.push(...unique(cautions.map((c) => pick(c.text, lang))));
  sources.push(...cautions.flatMap((c) => c.sources));
  if (product?.prescriptionOnly || ingredients.some((i) => i.prescriptionOnly)) {
    lines.push(
      lang === 'zh'
        ? '这是处方药，要医生评估后开，不要自己买来吃。'
        : 'It is prescription-only: take it only when a doctor prescribes it.',
    );
  }
  return { lines: unique(lines), sources: unique(sources) };
}

function compositionLine(name: string, certain: string[], possible: string[], herbal: string[], lang: Lang): string {
  const names = certain.map((id) => ingredientName(id, lang));
  const maybe = possible.map((id) => ingredientName(id, lang));
  const herbs = herbal.slice(0, MAX_HERBS);
  const moreHerbs = herbal.length > MAX_HERBS;
  if (lang === 'zh') {
    const main = names.length > 0 ? `${name}含有${names.join('、')}` : `${name}是中成药，不含西药成分`;
    const herbText = herbs.length > 0 ? `；中药组方：${herbs.join('、')}${moreHerbs ? '等' : ''}` : '';
    const maybeText = maybe.length > 0 ? `；有的版本还含${maybe.join('、')}（看说明书【成份】）` : '';
    return `${main}${herbText}${maybeText}。`;
  }
  const western =
    names.length > 0 ? `${name} contains ${joinEn(names)}` : `${name} has no Western drug ingredient listed`;
  const herbText =
    herbal.length > 0 ? `, plus ${herbal.length} herbal ingredient${herbal.length === 1 ? '' : 's'}` : '';
  const maybeText = maybe.length > 0 ? `; some versions also contain ${joinEn(maybe)} (check the label)` : '';
  return `${western}${herbText}${maybeText}.`;
}

function joinEn(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
