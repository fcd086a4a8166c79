import { createRuleSetChooser, UnknownRuleSetError } from '../../../domains/isolation';
import { createCommunityDirectory, validateCommunities } from '../../../domains/tickets/communities';
import type { Facts } from '../../../core/types';

const community = (id: string, district: string, extra: Record<string, string> = {}) => ({
  id,
  name: `${id}社区`,
  street: `${id}街道`,
  district,
  match: [`${id}社区`],
  ...extra,
});

const directory = createCommunityDirectory([
  community('西一', '拱墅区', { city: '杭州市', isolationRules: 'zhejiang-2022-12-24' }),
  community('东一', '拱墅区', { city: '杭州市' }),
  {
    ...community('中华', '思明区', { city: '厦门市', isolationRules: 'xiamen-2022-12-27' }),
    cityNames: ['Xiamen', 'Amoy'],
  },
  community('鼓浪', '思明区', { city: '厦门市' }),
  community('江头', '湖里区', { city: '厦门市', isolationRules: 'xiamen-2022-12-27' }),
]);
const chooser = createRuleSetChooser('national-2022-12-07', directory);
const choose = (text: string, facts: Facts = {}) => chooser.choose({ text, state: { facts } });

describe('the rule set for a caller’s place', () => {
  it('takes a community’s own rule set, and remembers where the caller is', () => {
    const r = choose('我住中华社区，阳了第6天');
    expect(r.ruleSet.id).toBe('xiamen-2022-12-27');
    expect(r.place).toEqual({ communityId: '中华', district: '思明区', city: '厦门市' });
  });

  it('gives a community without its own the rule set of its district', () => {
    expect(choose('鼓浪社区的').ruleSet.id).toBe('xiamen-2022-12-27');
  });

  it('reads a district or a city named without a community', () => {
    expect(choose('我在湖里区').ruleSet.id).toBe('xiamen-2022-12-27');
    expect(choose('我在厦门，阳了').ruleSet.id).toBe('xiamen-2022-12-27');
    expect(choose('人在杭州').ruleSet.id).toBe('zhejiang-2022-12-24');
    expect(choose("I'm in Amoy").ruleSet.id).toBe('xiamen-2022-12-27');
  });

  it('uses what an earlier turn said, also the district a clinic search remembered', () => {
    expect(choose('阳了第5天', { place: { city: '厦门市' } }).ruleSet.id).toBe('xiamen-2022-12-27');
    expect(choose('阳了第5天', { district: '拱墅区' }).ruleSet.id).toBe('zhejiang-2022-12-24');
    // This message's place wins over a remembered one.
    expect(choose('我现在在杭州', { place: { city: '厦门市' } }).ruleSet.id).toBe('zhejiang-2022-12-24');
  });

  it('falls back to ISOLATION_RULES for a place unknown or not in the directory', () => {
    const r = choose('阳了第5天');
    expect(r.ruleSet.id).toBe('national-2022-12-07');
    expect(r.place).toBeUndefined();
    expect(choose('我在北京').ruleSet.id).toBe('national-2022-12-07');
  });

  it('knows when more than one rule set is in use', () => {
    expect(chooser.severalRuleSets).toBe(true);
    expect(createRuleSetChooser('zhejiang-2022-12-24').severalRuleSets).toBe(false);
    expect(
      createRuleSetChooser('zhejiang-2022-12-24', createCommunityDirectory([community('西一', '拱墅区')]))
        .severalRuleSets,
    ).toBe(false);
  });

  it('refuses an unknown default at start', () => {
    expect(() => createRuleSetChooser('mars-2099', directory)).toThrow(UnknownRuleSetError);
  });
});

describe('the communities file names only known rule sets', () => {
  it('refuses an unknown isolationRules with the entry and the known ids', () => {
    const raw = [community('西一', '拱墅区', { isolationRules: 'atlantis-2022' })];
    expect(() => validateCommunities(raw, 'c.json')).toThrow(
      /\[0\] \(id "西一"\): isolationRules "atlantis-2022" is not a rule set \(known: .*xiamen-2022-12-27/,
    );
  });

  it('accepts city and isolationRules', () => {
    const raw = [community('西一', '拱墅区', { city: '杭州市', isolationRules: 'zhejiang-2022-12-24' })];
    expect(validateCommunities(raw, 'c.json').communities[0]).toMatchObject({ isolationRules: 'zhejiang-2022-12-24' });
  });
});
