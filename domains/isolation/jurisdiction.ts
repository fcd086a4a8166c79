import type { Facts, TurnContext } from '../../core/types';
import type { RuleSet } from '../../knowledge/isolation/catalog';
import type { CommunityDirectory } from '../tickets/communities';
import { getRuleSet } from './rule-sets';

/**
 * Whose rules: release from isolation differs by city (Zhejiang 7 days and no fever, Xiamen 5 days and
 * a negative antigen…). The communities directory (COMMUNITIES_FILE) says which rule set each
 * community follows (`isolationRules`, else its district's, else its city's); ISOLATION_RULES is the
 * default for a caller whose place is unknown or not in the directory.
 */
export type Place = NonNullable<Facts['place']>;

export interface RuleSetChoice {
  ruleSet: RuleSet;
  /** Where the person is, when this message or an earlier one said it: remembered for later turns. */
  place?: Place;
}

export interface RuleSetChooser {
  choose(ctx: Pick<TurnContext, 'text' | 'state'>): RuleSetChoice;
  /** More than one rule set is in use: a reply under the default may invite the caller to say where they are. */
  readonly severalRuleSets: boolean;
}

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The rule set most of these communities name; undefined when none names one. */
function commonest(ids: Array<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function createRuleSetChooser(defaultId: string, directory?: CommunityDirectory): RuleSetChooser {
  const fallback = getRuleSet(defaultId);
  const communities = directory?.communities ?? [];
  const byDistrict = (d: string) => commonest(communities.filter((c) => c.district === d).map((c) => c.isolationRules));
  const byCity = (city: string) => commonest(communities.filter((c) => c.city === city).map((c) => c.isolationRules));

  function rulesOf(place: Place): string | undefined {
    const community = place.communityId ? directory?.get(place.communityId) : undefined;
    return (
      community?.isolationRules ??
      (place.district ? byDistrict(place.district) : undefined) ??
      (place.city ? byCity(place.city) : undefined)
    );
  }

  // Longest words first, so "西一社区" wins over "西一" and "思明区" over a city's shorter name.
  const words: Array<{ word: string; place: Place }> = [
    ...communities.flatMap((c) =>
      [c.name, ...c.match].map((w) => ({
        word: normalise(w),
        place: { communityId: c.id, district: c.district, ...(c.city ? { city: c.city } : {}) },
      })),
    ),
    ...unique(communities.map((c) => c.district)).map((d) => ({
      word: normalise(d),
      place: { district: d, ...cityOf(d) },
    })),
    ...unique(communities.flatMap((c) => (c.city ? [c.city] : []))).flatMap((city) =>
      unique([
        city,
        city.replace(/市$/, ''),
        ...communities.filter((c) => c.city === city).flatMap((c) => c.cityNames ?? []),
      ]).map((w) => ({ word: normalise(w), place: { city } })),
    ),
  ]
    .filter((w) => w.word.length >= 2)
    .sort((a, b) => b.word.length - a.word.length);

  function cityOf(district: string): { city?: string } {
    const city = communities.find((c) => c.district === district && c.city)?.city;
    return city ? { city } : {};
  }

  function placeIn(text: string): Place | undefined {
    const t = normalise(text);
    return words.find((w) => t.includes(w.word))?.place;
  }

  return {
    severalRuleSets: new Set([defaultId, ...communities.map((c) => c.isolationRules ?? defaultId)]).size > 1,
    choose(ctx) {
      const said = placeIn(ctx.text);
      const facts = ctx.state.facts;
      const remembered = facts.place ?? (facts.district ? { district: facts.district } : undefined);
      const place = said ?? remembered;
      const id = place ? rulesOf(place) : undefined;
      return { ruleSet: id ? getRuleSet(id) : fallback, place: said };
    },
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
