import { createCommunityDirectory, validateCommunities } from '../../../domains/tickets/communities';
import {
  readAddress,
  readKeyFacts,
  readMessage,
  readPhone,
  readWhen,
  readDestination,
  correctedWhen,
  spacedPhone,
} from '../../../domains/tickets/slots';
import { findRelative, relationAnswer } from '../../../domains/tickets/request-words';
import communitiesJson from '../../../knowledge/communities.json';
import { entityExtractor } from '../../../nlp';

const communities = createCommunityDirectory(communitiesJson);
const now = new Date('2026-12-01T02:00:00Z');
const read = (text: string) =>
  readMessage(
    text,
    entityExtractor.extract(text, entityExtractor.detectLang(text), now),
    entityExtractor.detectLang(text),
    communities,
  );

describe('communities directory', () => {
  it('routes an address to its community by the longest matching word', () => {
    expect(communities.route('拱墅区西一社区3幢2单元301')).toEqual({
      communityId: 'gs-dg-xiyi',
      communityName: '西一社区',
      street: '大关街道',
      district: '拱墅区',
      needsRouting: false,
    });
    expect(communities.route('Flat 3, Xiyi community').communityId).toBe('gs-dg-xiyi');
  });

  it('sends an address that names no community to the district queue, flagged', () => {
    expect(communities.route('湖州街88号')).toEqual({ district: '拱墅区', needsRouting: true });
    expect(communities.route(undefined)).toEqual({ district: '拱墅区', needsRouting: true });
  });

  it('refuses a file with a duplicate id, a word two communities share, or a missing field, naming it', () => {
    const bad = [...communitiesJson, { ...communitiesJson[0]!, match: ['东一'] }];
    expect(() => validateCommunities(bad, 'x.json')).toThrow(
      /id is used twice.*"东一" also belongs to "gs-dg-dongyi"|"东一" also belongs/,
    );
    expect(() => validateCommunities([{ id: 'a', name: 'A', street: 'S' }], 'x.json')).toThrow(
      /x\.json is invalid: .*district/,
    );
    expect(() => validateCommunities([], 'x.json')).toThrow(/x\.json is invalid/);
  });
});

describe('reading a request', () => {
  it('reads one message that carries all of it', () => {
    const r = read('我妈妈88岁，一个人住，发烧了，家里没有退烧药，请送到西一社区3幢2单元301，电话138 0013 8000');
    expect(r).toMatchObject({
      for_whom: 'relative',
      relation: '母亲',
      age: 88,
      need: '退烧药',
      address: '西一社区3幢2单元301',
      phone: '13800138000',
      fever: true,
      withoutAntipyretic: true,
      facts: ['lives_alone'],
    });
  });

  it('reads English the same way', () => {
    const r = read('My father is 82 and on dialysis, he needs a ride to the City Hospital tomorrow at 9 am');
    expect(r).toMatchObject({ for_whom: 'relative', relation: 'father', male: true, age: 82, facts: ['dialysis'] });
    expect(r.destination).toMatch(/City Hospital/);
    expect(r.when).toMatch(/tomorrow/);
  });

  it.each([
    ['138 0013 8000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['座机0571-88001234', '057188001234'],
    ['+44 7700 900123', '+447700900123'],
    ['我88岁', undefined],
  ])('reads the phone in %s', (text, phone) => expect(readPhone(text)).toBe(phone));

  it('reads spoken-back phones in groups', () => expect(spacedPhone('13800138000')).toBe('138 0013 8000'));

  it('does not count negated facts', () => {
    expect(readKeyFacts('没有透析，不是一个人住，有糖尿病', {})).toEqual(['chronic_disease']);
    expect(readKeyFacts('she is not pregnant and has no disability', {})).toEqual([]);
  });

  it('finds a time only where one is said, not in a phone number', () => {
    expect(readWhen('明天上午9点')).toBe('明天上午9点');
    expect(readWhen('电话13800138000')).toBeUndefined();
    expect(readDestination('要去市一医院透析')).toBe('市一医院');
  });

  it('takes an address from its clause, not from the rest of the message', () => {
    expect(readAddress('我要送药，地址是东一社区5幢，电话13900001111', communities)).toBe('东一社区5幢');
    expect(readAddress('布洛芬怎么吃', communities)).toBeUndefined();
  });

  it('names relatives as they are written back', () => {
    expect(findRelative('我妈发烧了')).toEqual({ relation: '母亲', male: false });
    expect(findRelative('给我爷爷送药')).toEqual({ relation: '爷爷', male: true });
    expect(findRelative('I need it for myself')).toBeUndefined();
  });
});

describe('a time said again, and a relation alone', () => {
  it('reads hours in words and the day after tomorrow', () => {
    expect(readWhen('明天下午两点')).toBe('明天下午两点');
    expect(readWhen('不对，是大后天')).toBe('大后天');
    expect(readWhen('no, make it the day after tomorrow')).toBe('the day after tomorrow');
  });

  it('corrects only the day when only a day is said again, and replaces a whole new time', () => {
    expect(correctedWhen('明天下午两点', '后天')).toBe('后天下午两点');
    expect(correctedWhen('明天下午两点', '周三上午9点')).toBe('周三上午9点');
    expect(correctedWhen('明天', '后天')).toBe('后天');
    expect(correctedWhen(undefined, '后天')).toBe('后天');
    expect(correctedWhen('tomorrow 2pm', 'the day after tomorrow')).toBe('the day after tomorrow 2pm');
    expect(correctedWhen('tomorrow 2pm', 'friday 10am')).toBe('friday 10am');
  });

  it('takes "mum" or "for dad" as the relation, but not a sentence that merely contains one', () => {
    expect(relationAnswer('mum')).toEqual({ relation: 'mum', male: false });
    expect(relationAnswer('for dad.')).toEqual({ relation: 'dad', male: true });
    expect(relationAnswer('dad is asleep')).toBeUndefined();
  });
});
