import type { Entities, Lang } from '../../core/types';
import { redFlags, type RedFlagRule } from '../../knowledge/red-flags';

/**
 * "血氧94正常吗": what an oximeter reading means and when to act. The thresholds are the red-flag
 * rules' own (knowledge/red-flags/rules.json, the rules care.json names), never a copy: a reading
 * is told against each rule on the SpO2 vital, most severe first.
 */
interface Threshold {
  rule: RedFlagRule;
  op: '<' | '<=';
  value: number;
}

function spo2Thresholds(): Threshold[] {
  const found: Threshold[] = [];
  for (const rule of redFlags.rules) {
    const when = rule.when as { vital?: string; op?: string; value?: number };
    if (when.vital === 'spo2' && (when.op === '<' || when.op === '<=') && typeof when.value === 'number') {
      found.push({ rule, op: when.op, value: when.value });
    }
  }
  const rank = { emergency: 0, urgent: 1, routine: 2 } as Record<string, number>;
  return found.sort((a, b) => (rank[a.rule.level] ?? 3) - (rank[b.rule.level] ?? 3));
}

const THRESHOLDS = spo2Thresholds();
const ASKS =
  /正常吗|正常不|算正常|算低|低不低|高不高|算高|高吗|算发烧|严重吗|要紧吗|要不要紧|危险吗|怎么办|有事吗|\b(?:normal|ok|okay|fine|low|high|bad|serious|dangerous|worry|worried|worrying|concerning)\b/i;

/** A message that gives an SpO2 reading and asks what it means. */
export function asksAboutReading(text: string, entities: Entities): boolean {
  return entities.spo2 !== undefined && ASKS.test(text);
}

/**
 * "is 37.8 worth worrying about?", "38度2算高吗": a feverish temperature asked about, nothing else named (a
 * medicine or a service named asks for that instead).
 */
export function asksAboutTemperature(text: string, entities: Entities): boolean {
  const t = entities.temperatureC;
  if (t === undefined || t < FEVERISH_MIN || t > BODY_MAX || !ASKS.test(text)) return false;
  return (entities.medicines?.length ?? 0) === 0 && !ASKS_FOR_SOMETHING_ELSE.test(text);
}

/** Body temperatures people report as a fever update (35–43 °C). */
const FEVERISH_MIN = 37.3;
const BODY_MAX = 43;
/** Naming a service or a place asks for that, whatever temperature is said with it. */
const ASKS_FOR_SOMETHING_ELSE =
  /送药|接送|派车|门诊在哪|医院在哪|医生上门|回电|预约|隔离多久|\b(?:deliver|delivery|transport|ride|lift|call ?back|where is|open|isolat)/i;

/** A question of its own ("能吃退烧药吗", "what can she have"): answered as asked, not as a reading. */
const ASKS_ANYTHING =
  /[?？吗]|怎么|多少|几度|什么药|吃什么|用什么|能不能|可不可以|可以吃|能吃|\b(?:what|how|can|could|should|is it|which|when|why|do i|does)\b/i;

export function reportsTemperature(text: string, entities: Entities): boolean {
  const t = entities.temperatureC;
  if (t === undefined || t < FEVERISH_MIN || t > BODY_MAX) return false;
  return (entities.medicines?.length ?? 0) === 0 && !ASKS_FOR_SOMETHING_ELSE.test(text) && !ASKS_ANYTHING.test(text);
}

/**
 * "it says 94 now, was 96 an hour ago", "现在94了": an SpO2 reading told as news (the oximeter named in the
 * message or earlier in the conversation), asking nothing else and naming no medicine or service.
 */
export function reportsSpo2(text: string, entities: Entities): boolean {
  if (entities.spo2 === undefined) return false;
  return (entities.medicines?.length ?? 0) === 0 && !ASKS_FOR_SOMETHING_ELSE.test(text) && !ASKS_ANYTHING.test(text);
}

function holds(t: Threshold, spo2: number): boolean {
  return t.op === '<' ? spo2 < t.value : spo2 <= t.value;
}

/** What this reading means against the rules, and what to do about it. */
export function spo2ReadingLine(
  spo2: number,
  lang: Lang,
  emergencyNumber: string,
): { text: string; sources: string[] } {
  const met = THRESHOLDS.find((t) => holds(t, spo2));
  const sources = [...new Set(THRESHOLDS.map((t) => t.rule.source))];
  const urgent = THRESHOLDS.find((t) => t.rule.level === 'urgent');
  const emergency = THRESHOLDS.find((t) => t.rule.level === 'emergency');
  const zh = lang === 'zh';
  if (met?.rule.level === 'emergency') {
    const text = zh
      ? `血氧${spo2}%属于“${met.rule.label.zh}”，马上打${emergencyNumber}。`
      : `An SpO2 of ${spo2}% is ${met.rule.label.en}: call ${emergencyNumber} now.`;
    return { text, sources };
  }
  if (met) {
    const text = zh
      ? `血氧${spo2}%属于“${met.rule.label.zh}”，请今天就医（发热门诊或家庭医生）${emergency ? `；${emergency.rule.label.zh}马上打${emergencyNumber}` : ''}。`
      : `An SpO2 of ${spo2}% is ${met.rule.label.en}: see a clinician today (fever clinic or family doctor)${emergency ? `; call ${emergencyNumber} now if it is ${emergency.rule.label.en}` : ''}.`;
    return { text, sources };
  }
  const lines = zh
    ? [
        `血氧${spo2}%还没到${urgent ? `“${urgent.rule.label.zh}”` : '就医'}这条线。`,
        '坐着休息几分钟、手指暖和时再测几次，看最低的数，早晚记下来。',
        urgent ? `测到${urgent.rule.label.zh}，今天就医；` : '',
        emergency ? `${emergency.rule.label.zh}，或者气短越来越重，马上打${emergencyNumber}。` : '',
      ]
    : [
        urgent
          ? `An SpO2 of ${spo2}% is above the line for a clinician today (${urgent.rule.label.en}).`
          : `An SpO2 of ${spo2}% is above the lines for getting care.`,
        'Rest sitting for a few minutes with a warm finger, measure again a few times, go by the lowest and note it morning and evening.',
        urgent ? `If it reads ${urgent.rule.label.en}, see a clinician today;` : '',
        emergency ? `if it is ${emergency.rule.label.en}, or breathing gets harder, call ${emergencyNumber} now.` : '',
      ];
  return { text: lines.filter(Boolean).join(zh ? '' : ' '), sources };
}
