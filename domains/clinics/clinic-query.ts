import { createPhraseMatcher, normalizeText } from '../../nlp/text/phrase-matcher';
import type { ClinicDirectory, ClinicType } from './directory';

/** What a "where is a clinic" message asks: which kind, when, and near which place. */
export type When = 'now' | 'night' | 'weekend' | 'any';

export interface ClinicQuery {
  type?: ClinicType;
  when: When;
  /** Street (subdistrict) named, as its zh name; or the directory's district. */
  street?: string;
  district?: boolean;
  /** A district named that this directory does not cover (e.g. 西湖区). */
  otherDistrict?: string;
}

const NIGHT = /晚上|夜里|夜间|半夜|凌晨|通宵|24小时|二十四小时|night|overnight|24 ?hours?|24\/7|late/i;
const WEEKEND = /周末|星期六|星期天|星期日|周六|周日|礼拜六|礼拜天|礼拜日|weekend|saturday|sunday/i;
const NOW = /现在|此刻|这会儿|开着|开门|营业|open now|right now|\bnow\b|currently|at the moment/i;
const FEVER_CLINIC = /发热门诊|发烧门诊|发热诊室|fever clinic|fever room/i;
const CHC = /社康|社区|卫生服务中心|卫生院|community|health cent(er|re)|local clinic/i;
const ZH_DISTRICT = /([\u4e00-\u9fff]{2})区/g;
// "社区", "小区", "在市区" are not district names.
const NOT_DISTRICT = /[社小园景校片街郊营]$|[的了在我你他她这那个哪附近去到和跟是有]/;

export function createQueryReader(directory: ClinicDirectory): (text: string) => ClinicQuery {
  const places = createPhraseMatcher(
    directory.clinics.map((c) => ({
      id: c.street.zh,
      phrases: [c.street.zh, c.street.zh.replace(/街道$/, ''), c.street.en, ...c.areas],
    })),
  );
  const districtNames = [
    directory.district.zh,
    directory.district.zh.replace(/区$/, ''),
    directory.district.en.replace(/ district$/i, ''),
  ].map((n) => normalizeText(n));
  return (text) => {
    const normalized = normalizeText(text);
    const street = places.ids(text)[0];
    const district = districtNames.some((n) => normalized.includes(n));
    const named = [...normalized.matchAll(ZH_DISTRICT)]
      .filter((m) => !NOT_DISTRICT.test(m[1]))
      .map((m) => `${m[1]}区`)
      .find((d) => d !== directory.district.zh);
    return {
      type: FEVER_CLINIC.test(text) ? 'fever-clinic' : CHC.test(text) ? 'community-health-centre' : undefined,
      when: NIGHT.test(text) ? 'night' : WEEKEND.test(text) ? 'weekend' : NOW.test(text) ? 'now' : 'any',
      street,
      district,
      otherDistrict: !street && !district ? named : undefined,
    };
  };
}
