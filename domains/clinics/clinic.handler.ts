import type { HandlerResult, IntentHandler, Lang, TurnContext } from '../../core/types';
import { fitReply, pick } from '../../core/text';
import { createQueryReader, type ClinicQuery } from './clinic-query';
import type { Clinic, ClinicDirectory } from './directory';
import { isOpenAt, isOpenAtNight, isOpenOnWeekend, localClock, type LocalClock } from './opening-hours';
import { hoursText } from './hours-text';

/**
 * clinic.find: "拱墅区的发热门诊在哪里", "Is there a fever clinic open on weekends?".
 * Filters by kind, time and place (street first, then the rest of the district) using the
 * directory's own time zone, and remembers the district for later turns.
 */
const SLOT_PLACE = 'place';
const MAX_LISTED = 3;

export function createClinicHandler(directory: ClinicDirectory): IntentHandler {
  const readQuery = createQueryReader(directory);
  return (ctx) => {
    const query = withPending(readQuery(ctx.text), ctx);
    const clock = localClock(ctx.now, directory.timeZone);
    if (query.otherDistrict) return otherDistrictReply(directory, query.otherDistrict, ctx.lang);
    const matches = select(directory.clinics, query, clock);
    const lines = matches.slice(0, MAX_LISTED).map((c) => clinicLine(c, query, clock, ctx.lang));
    const placeKnown = !!query.street || query.district || !!ctx.state.facts.district;
    const ask = !placeKnown && query.when === 'any' && !ctx.answering && directory.clinics.length > MAX_LISTED;
    const parts = [leadLine(directory, query, matches.length, ctx.lang), ...lines, hotlineLine(directory, ctx.lang)];
    return {
      text: fitReply(ctx.lang, parts, ask ? placeQuestion(ctx.lang) : sampleTag(directory, ctx.lang)),
      pending: ask
        ? { intent: 'clinic.find', slot: SLOT_PLACE, data: { type: query.type ?? null, when: query.when } }
        : undefined,
      facts: query.street || query.district ? { district: directory.district.zh } : undefined,
    };
  };
}

/** A street named in answer to our question keeps the kind and time asked for before. */
function withPending(query: ClinicQuery, ctx: TurnContext): ClinicQuery {
  const data = ctx.answering?.intent === 'clinic.find' ? (ctx.answering.data ?? {}) : {};
  return {
    ...query,
    type: query.type ?? (data.type as ClinicQuery['type'] | null) ?? undefined,
    when: query.when !== 'any' ? query.when : ((data.when as ClinicQuery['when']) ?? 'any'),
  };
}

function select(clinics: Clinic[], query: ClinicQuery, clock: LocalClock): Clinic[] {
  const fits = (c: Clinic) =>
    (!query.type || c.type === query.type) &&
    (query.when !== 'night' || isOpenAtNight(c)) &&
    (query.when !== 'weekend' || isOpenOnWeekend(c)) &&
    (query.when !== 'now' || isOpenAt(c, clock));
  // Nearest first: the named street, then clinics open now, then fever clinics before health centres.
  const rank = (c: Clinic) =>
    (c.street.zh === query.street ? 0 : 4) + (isOpenAt(c, clock) ? 0 : 2) + (c.type === 'fever-clinic' ? 0 : 1);
  return clinics.filter(fits).sort((a, b) => rank(a) - rank(b));
}

function clinicLine(c: Clinic, query: ClinicQuery, clock: LocalClock, lang: Lang): string {
  const sep = lang === 'zh' ? '，' : ', ';
  const phone = lang === 'zh' ? `电话${c.phone}` : `tel ${c.phone}`;
  return (
    [pick(c.name, lang), pick(c.address, lang), phone, hoursText(c, query.when, clock, lang)].join(sep) +
    (lang === 'zh' ? '。' : '.')
  );
}

function leadLine(directory: ClinicDirectory, query: ClinicQuery, count: number, lang: Lang): string {
  const district = pick(directory.district, lang);
  if (count === 0) {
    return lang === 'zh'
      ? `${district}暂时没有符合条件的门诊。急需看病可以去24小时发热门诊或打热线问。`
      : `No clinic in ${district} matches that. For urgent care use a 24-hour fever clinic or call the hotline.`;
  }
  const what =
    query.when === 'now'
      ? lang === 'zh'
        ? '现在开着的'
        : 'open now'
      : query.when === 'night'
        ? lang === 'zh'
          ? '晚上能看的'
          : 'open at night'
        : query.when === 'weekend'
          ? lang === 'zh'
            ? '周末开放的'
            : 'open at weekends'
          : '';
  return lang === 'zh' ? `${district}${what}门诊：` : `Clinics in ${district}${what ? ` ${what}` : ''}:`;
}

function hotlineLine(directory: ClinicDirectory, lang: Lang): string {
  const list = directory.hotlines.map((h) => `${pick(h.name, lang)} ${h.phone}`);
  return lang === 'zh' ? `热线：${list.join('；')}。` : `Hotlines: ${list.join('; ')}.`;
}

function placeQuestion(lang: Lang): string {
  return lang === 'zh'
    ? '您住哪个街道或附近哪条路？我帮您找最近的。'
    : 'Which subdistrict or road are you near? I will find the nearest.';
}

function sampleTag(directory: ClinicDirectory, lang: Lang): string | undefined {
  if (!directory.sample) return undefined;
  return lang === 'zh'
    ? '（以上为示例数据，请以区卫健部门公布为准。）'
    : "(Sample data: check the district health bureau's official list.)";
}

function otherDistrictReply(directory: ClinicDirectory, other: string, lang: Lang): HandlerResult {
  const ours = pick(directory.district, lang);
  const hotline = directory.hotlines.find((h) => h.phone === '12320')?.phone ?? '12320';
  return {
    text:
      lang === 'zh'
        ? `我这里只有${ours}的门诊名单，没有${other}的。请拨打${hotline}卫生热线或问所在社区。`
        : `I only have the clinic list for ${ours}, not ${other}. Please call the ${hotline} health hotline or ask your community office.`,
  };
}
