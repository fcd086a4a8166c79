/**
 * How a fever is going, the facts that decide when isolation can end: gone ("不烧了", "fever is
 * gone") or still there ("还在发烧", "fever is back"); how long it has been gone ("两天没烧了" →
 * 48 h, "no fever for 30 hours"); and whether fever medicine is what keeps it down ("吃着布洛芬",
 * "without any medicine"). A first mention ("发烧了") says neither that it is still there nor gone.
 */
import { catalog } from '../../knowledge/medicines/catalog';
import { daysBetween, type CalendarDay } from '../../core/calendar';
import { EN_NUM, NUM, parseAnyNumber } from '../text/numerals';
import { globalize } from '../text/normalize';
import type { PhraseMatch } from '../text/phrase-matcher';
import { findDates } from './dates';
import { findMedicineSpans } from './medicines';

export interface FeverStatus {
  /** true: the fever has gone; false: it is still there or back. */
  feverFree?: boolean;
  /** How long without fever, when the message says (only with feverFree). */
  feverFreeHours?: number;
  /** Where the fever-free duration was said, so that "两天" there is not also the illness's length. */
  durationSpan?: { start: number; end: number };
}

const STILL_FEVER =
  /还(在)?(发)?烧|还有(一)?点(儿)?(发)?烧|还有低烧|还(是)?低烧|还发热|又(发)?烧|反复发烧|一直(在)?烧|still (have |got |running )?(a )?(fever|temperature)|fever (is )?back|still feverish/i;
const NO_FEVER =
  /不烧了|退烧了|没(有)?(再)?发烧|没(有)?再烧|体温正常|烧退了|不发烧|没烧|no (more )?fever|fever (has )?(gone|went away|went|is gone|broke)|fever[- ]free|temperature (is )?(back to )?normal|no longer (have |has )?(a )?fever/i;
const N = `(${NUM})`;
const FEVER_FREE_FOR = new RegExp(
  `${N}\\s*天(没|不)(发)?烧|(没|不)(发)?烧(了)?\\s*${N}\\s*天|退烧\\s*${N}\\s*天|(?:no fever|fever[- ]free|fever gone)\\s*(?:for\\s*)?(${EN_NUM})\\s*(day|hour)s?`,
  'i',
);
const WENT_ON_A_DAY = /退了?烧(?!药|贴|片|针|的药)/;
/** Between a day and the words that say the fever went that day: filler, not a new clause. */
const GAP_BEFORE = /^\s*(?:就|开始|起|以后|之后|后|已经|都)?\s*(?:就|已经|都)?\s*$/;
const GAP_AFTER = /^\s*(?:since|from)?\s*$/;
const MAX_GAP = 8;

function freeFor(text: string, today?: CalendarDay): Pick<FeverStatus, 'feverFreeHours' | 'durationSpan'> {
  const m = FEVER_FREE_FOR.exec(text);
  const value = m
    ?.slice(1)
    .map((g) => (g === undefined ? undefined : parseAnyNumber(g)))
    .find((v) => v !== undefined);
  if (m && value !== undefined) {
    const durationSpan = { start: m.index, end: m.index + m[0].length };
    return { feverFreeHours: /hour/i.test(m[0]) ? value : value * 24, durationSpan };
  }
  return today ? freeSinceDay(text, today) : {};
}

/**
 * "前天退烧了", "周二就不烧了", "no fever since Tuesday": the day the fever went, as hours until today.
 * The day must sit right beside the words, so "前天阳的，现在不烧了" says nothing about when it went.
 */
function freeSinceDay(
  text: string,
  today: CalendarDay,
  words: RegExp = NO_FEVER,
): Pick<FeverStatus, 'feverFreeHours' | 'durationSpan'> {
  const dates = findDates(text, today);
  for (const gone of text.matchAll(globalize(words))) {
    const start = gone.index ?? 0;
    const end = start + gone[0].length;
    const day = dates.find(
      (d) =>
        (d.end <= start && start - d.end <= MAX_GAP && GAP_BEFORE.test(text.slice(d.end, start))) ||
        (d.index >= end && d.index - end <= MAX_GAP && GAP_AFTER.test(text.slice(end, d.index))),
    );
    if (day) {
      const span = { start: Math.min(day.index, start), end: Math.max(day.end, end) };
      return { feverFreeHours: daysBetween(day.day, today) * 24, durationSpan: span };
    }
  }
  return {};
}

/**
 * Fever status in an already normalised text; "退烧2天了" says the fever has gone too. With `today`,
 * a day named beside it ("昨天就不烧了") says how long it has been gone.
 */
export function findFeverStatus(text: string, today?: CalendarDay): FeverStatus {
  if (STILL_FEVER.test(text)) return { feverFree: false };
  if (NO_FEVER.test(text) || FEVER_FREE_FOR.test(text)) return { feverFree: true, ...freeFor(text, today) };
  // "周一退烧": a bare 退烧 says the fever went only with the day before it ("怎么退烧" asks how).
  const dated = today ? freeSinceDay(text, today, WENT_ON_A_DAY) : {};
  return dated.feverFreeHours === undefined ? {} : { feverFree: true, ...dated };
}

/** Catalog medicines with an antipyretic in them, for certain or possibly (退烧药; 感冒灵 and its acetaminophen). */
const ANTIPYRETICS = new Set<string>([
  ...[...catalog.ingredients.values()].filter((i) => i.classes.includes('antipyretic')).map((i) => i.id),
  ...[...catalog.products.values()]
    .filter((p) =>
      [...p.ingredients.map((i) => i.id), ...(p.mayContain ?? [])].some((id) =>
        catalog.ingredients.get(id)?.classes.includes('antipyretic'),
      ),
    )
    .map((p) => p.id),
]);
/** "吃了布洛芬", "taking Tylenol"; not the question "能吃布洛芬吗" / "能不能再吃感冒药". */
const TAKING_BEFORE = /(?:(?<!能|可以|能不能|可不可以|敢)再?(?:吃|服|用)(?:了|着)?|\b(?:took|taking|on) (?:a )?)$/;
const RELIES_ON_MEDICINE = /靠(吃)?药|吃药才(退|不烧)/;
const NO_MEDICINE =
  /(没|不|没有)(吃|服|用)(退烧)?药|不用退烧药|without (any )?(fever )?(medicine|medication|reducers?|antipyretics)|no (fever )?(medicine|medication)|not taking (any )?(medicine|fever)/i;

/**
 * Fever medicine taken now (true) or explicitly not (false), in an already normalised text.
 * `medicines` are the medicine names found in that text.
 */
export function findOnAntipyretics(
  text: string,
  medicines: readonly PhraseMatch[] = findMedicineSpans(text),
): boolean | undefined {
  if (NO_MEDICINE.test(text)) return false;
  if (RELIES_ON_MEDICINE.test(text)) return true;
  const taking = medicines.some(
    (m) => ANTIPYRETICS.has(m.id) && TAKING_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)),
  );
  return taking ? true : undefined;
}
