/**
 * Kinds found by held-out set R (triage/eval/heldout-R.jsonl): a symptom said in one turn and its
 * companion in the next, and single-turn readers it showed were missing. The sentences are new
 * variants of each kind, not the set's cases. Turns are screened as the engine screens them
 * (scripts/eval-screen.ts screenCase: facts and recent turns carried from one to the next).
 */
import type { Facts } from '../../../core/types';
import { factsAfterScreening, factsFromEntities, mergeFacts } from '../../../conversation/facts';
import { extractEntities } from '../../../nlp/entities';
import { screenMessage } from '../../../triage';
import { inConversation, NOW, screen } from './helpers';

const level = (text: string) => screen(text).triage;

describe('a symptom in one turn and its companion in the next are read together', () => {
  it.each([
    ['我胸口有点闷', '现在出冷汗了，还往左肩膀窜'],
    ['I have a tight feeling in my chest', 'now I am sweating and it goes into my left arm'],
    ['how much paracetamol is safe in a day?', 'my daughter took 20 about an hour ago'],
    ['她对花生过敏，刚才吃了一块饼干', '现在嘴唇肿起来了'],
  ])('"%s" then "%s" → emergency', (first, second) => {
    expect(inConversation(first, second)).toBe('emergency');
    expect(level(second)).not.toBe('emergency');
  });

  it('an emergency that has eased since is still a doctor today, not nothing', () => {
    expect(inConversation('我妈刚才说胸口痛得厉害', '现在不痛了，大概疼了五分钟')).toBe('urgent');
  });

  it('after an emergency, still describing how the person is keeps it an emergency', () => {
    expect(
      inConversation('my husband says his chest feels heavy', "now it's going into his jaw and he's sweating"),
    ).toBe('emergency');
    expect(inConversation('my husband says his chest feels heavy', 'ok, where is the nearest fever clinic?')).not.toBe(
      'emergency',
    );
  });

  it('a follow-up about the same illness keeps its level', () => {
    expect(inConversation('my 5 year old has a temperature of 38.4', 'she is playing now after the calpol')).toBe(
      'routine',
    );
  });

  it('a new question after a fever does not become an emergency', () => {
    expect(inConversation('孩子发烧38度5', '发热门诊在哪，几点关门')).not.toBe('emergency');
  });

  it('an hour on, the earlier turn is no longer read with the new one', () => {
    const first = '我胸口有点闷';
    const entities = extractEntities(first, 'zh', NOW);
    const screened = screenMessage({ text: first, lang: 'zh', entities, now: NOW });
    const facts: Facts = factsAfterScreening(mergeFacts({}, factsFromEntities(entities)), screened, NOW, first);
    const second = '现在出冷汗了，还往左肩膀窜';
    const later = (minutes: number) => {
      const now = new Date(NOW.getTime() + minutes * 60_000);
      return screenMessage({ text: second, lang: 'zh', entities: extractEntities(second, 'zh', now), facts, now })
        .triage;
    };
    expect(later(20)).toBe('emergency');
    expect(later(120)).not.toBe('emergency');
  });
});

describe('set R: single-turn readers', () => {
  it.each([
    ['I’m 33 weeks', 'haven’t felt her kick since this morning'],
    ['怀孕34周', '一上午都没感觉到宝宝踢'],
  ])('"%s" then "%s" → emergency (reduced movements)', (first, second) => {
    expect(inConversation(first, second)).toBe('emergency');
  });

  it.each([
    'I think my waters have gone, 33 weeks',
    '羊水好像破了 32周 有点发烧',
    'the blue pump only helps for a few minutes then he is wheezing again',
    '孩子哮喘 喷了药只管一会 过一会儿又喘得厉害',
    'it was his sleeping pills, he took 16, drowsy now',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));

  it.each([
    '他踢被子 没感觉冷',
    'is a temperature of 38 serious for a newborn? my friend is due in march',
    'how should we use the epipen? the nursery wants to know',
    'it took 12 minutes to get through to you',
    '药吃了十几天了 想问还要不要吃',
    'my daughter took 20 minutes to calm down',
    'he took 10 this morning',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));

  it.each([
    'my grandad (84) has covid and is more tired than usual, not eating much',
    '我爸（86）阳了 今天特别没精神',
    'breathing rate 22 a minute and sats 95, feeling rough',
  ])('%s → urgent', (text) => expect(level(text)).toBe('urgent'));

  it('waters breaking at term with nothing else is urgent (the maternity unit), not 120', () => {
    expect(level('羊水好像破了 39周 没有其他不舒服')).toBe('urgent');
  });
});

describe('set S: after an emergency, and readers it showed were missing', () => {
  it('after an overdose, "about 30, an hour ago" is its details: still an emergency', () => {
    expect(inConversation('my mum has taken a handful of her sleeping tablets', 'about 30, an hour ago')).toBe(
      'emergency',
    );
  });

  it('after an emergency read from a low SpO2, a normal reading retaken says the first was wrong', () => {
    expect(inConversation('我妈血氧刚才88', '重新夹了一下，现在是98，刚才没夹好')).not.toBe('emergency');
  });

  it('about a 6-week-old, "she is 38.3 now" is a temperature: an emergency', () => {
    expect(inConversation('my daughter is 6 weeks old', 'she is 38.3 now')).toBe('emergency');
    expect(level('she is 38.3 now')).not.toBe('emergency');
  });

  it.each([
    '血样只有八十七 喘得厉害',
    '我不想活了，想紫砂',
    'my son has a fever and purple spots that do not fade when pressed',
    'my babys barely moved today and I am 30 weeks',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));

  it.each(['血样送去化验了，结果明天出', '抽了血样3管，手臂有点青'])('%s → not emergency', (text) =>
    expect(level(text)).not.toBe('emergency'),
  );

  it.each(['using my inhaler every 2 hours since yesterday, it helps', 'been having dark thoughts, no plan'])(
    '%s → urgent',
    (text) => expect(level(text)).toBe('urgent'),
  );

  it.each(['眼皮老是跳，好几天了', 'foot went numb from kneeling, fine now', 'caught a cold, runny nose'])(
    '%s → routine (home care), not nothing',
    (text) => expect(level(text)).toBe('routine'),
  );
});

describe('set T: poisons by name, denials of self-harm, questions about a sign', () => {
  it.each(['my grandad drank weed killer by mistake and is being sick', '我爸误喝了农药 现在一直吐'])(
    '%s → emergency',
    (text) => expect(level(text)).toBe('emergency'),
  );

  it('low mood with "never thought of hurting myself" is urgent, not 120', () => {
    expect(level('心情一直很低落，觉得活着没意思，不过没想过伤害自己')).toBe('urgent');
  });

  it.each([
    'is a rash that does not fade a symptom of sepsis? asking for a leaflet',
    'what is the significance of sats of 92 in covid?',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));
});
