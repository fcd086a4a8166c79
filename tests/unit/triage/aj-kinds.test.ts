/**
 * Kinds of failure found with held-out sets AI (partial, 70 Chinese emergencies) and AJ
 * (triage/eval/heldout-AI.jsonl, -AJ.jsonl), fixed in the concept lexicon (knowledge/red-flags), the
 * entity readers and the question reader. The sentences are new variants of each kind, written for these
 * tests, not the sets' messages. The rules alone decide (no statistical net).
 */
import { extractAges } from '../../../nlp/entities/age';
import { extractVitals } from '../../../nlp/entities/vitals';
import { extractDays } from '../../../nlp/entities/duration';
import { NOW, screen } from './helpers';

const level = (text: string) => screen(text).triage;

describe('a breathing rate said with other verbs or words between (China protocol: RR ≥ 30/min is severe)', () => {
  it.each([
    ['爷爷每分钟吸气差不多三十二次', 32],
    ['一分钟大概换气四十下', 40],
    ['he is breathing maybe 36 times a minute', 36],
    ['her breaths are about 44 in a minute', 44],
  ])('%s → %i a minute', (text, rate) => expect(extractVitals(text).respiratoryRate).toBe(rate));
  it('an adult at 34 a minute is an emergency, in either language', () => {
    expect(level('我爸阳了以后一分钟吸气三十四次')).toBe('emergency');
    expect(level('my dad is breathing like 34 times a minute since covid')).toBe('emergency');
  });
  it('a school-age child at 48 a minute is an emergency', () => {
    expect(level('my 7 yo is breathing around 48 times a minute')).toBe('emergency');
  });
  it('a resting adult at 16 a minute is no emergency', () => {
    expect(level('counted mum breathing, about 16 times a minute, she has a cough')).not.toBe('emergency');
  });
});

describe('breathless speech in other words, 的 for 得', () => {
  it.each(['奶奶说两句就停，要歇一会', '他喘的很，一句话要停好几次才说完'])('%s → emergency', (text) =>
    expect(level(text)).toBe('emergency'),
  );
});

describe('a rash that does not fade under a glass, said as a press test (NHS meningitis: the glass test)', () => {
  it.each([
    '女儿腿上有些小红点，拿杯子压了一下颜色不变，人发烧',
    '宝宝肚子上起了点点，玻璃杯按上去还看得见，烧到39度',
    'put a glass on the spots on his legs and they are still visible, he has a fever',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('blood pressure that stays high is not a rash', () => {
    expect(level('血压压着药还是高，头不疼')).not.toBe('emergency');
  });
  it('a drinking glass and a cough that stays are not a rash', () => {
    expect(level('I drink a glass of water and the cough is still there')).not.toBe('emergency');
  });
});

describe('waters broken with blood in late pregnancy (NHS: losing blood with the waters — go in at once)', () => {
  it('waters and a little blood at 39 weeks is an emergency', () => {
    expect(level('怀孕39周，刚才破水了，流了些血')).toBe('emergency');
  });
  it('waters alone at term is urgent (go to the maternity unit), not 120', () => {
    expect(level('怀孕39周，好像破水了，没有别的不舒服')).toBe('urgent');
  });
  it('a cut finger that bled a little is not an emergency', () => {
    expect(level('切菜划了手，流了点血，现在止住了')).not.toBe('emergency');
  });
});

describe('a fever that stays "despite" its medicine (NHS: fever not coming down — see a clinician today)', () => {
  it.each([
    'still 39.4 despite paracetamol twice today',
    'fever of 39.1 in spite of the ibuprofen',
    '吃了两回药还是烧到39度3',
  ])('%s → urgent', (text) => expect(level(text)).toBe('urgent'));
  it('"despite" with no symptom raises nothing', () => {
    expect(level('despite testing positive I feel completely fine')).toBe('none');
  });
});

describe('a baby\'s age said as "she\'s 8 months" is an age, not a fever of 240 days', () => {
  it.each([
    ['she is 8 months', 0.67],
    ['he is only 6 weeks', 0.12],
  ])('%s → age %f', (text, age) => expect(extractAges(text)).toContain(age));
  it('the age is not a duration', () => {
    expect(extractDays('temp 38 last night, she is 8 months', NOW)).not.toBe(240);
  });
  it('"8 months pregnant" stays a pregnancy, and "for 2 months" a duration', () => {
    expect(extractAges('she is 8 months pregnant')).toEqual([]);
    expect(extractDays('cough for 2 months', NOW)).toBe(60);
  });
  it("a one-night fever in an 8-month-old that settled is not 'fever for 5 days'", () => {
    expect(level("fever 38.2 last night, normal this morning, he's 8 months, eating fine")).not.toBe('urgent');
  });
});

describe('"什么样的…是…的" asks which kind belongs to an illness: a question, not a report', () => {
  it.each(['什么样的头疼是中风的？', '什么样的胸痛算心梗'])('%s → none', (text) => expect(level(text)).toBe('none'));
  it('a reported sign before the question still counts', () => {
    expect(level('我爸突然嘴歪了，什么样的头疼是中风的')).toBe('emergency');
  });
});

describe('a bottle of liquid medicine drunk is an overdose (NHS overdose; found with intents set I7)', () => {
  it.each([
    'my 4 year old got to the calpol and drank nearly the whole bottle',
    '孙子偷喝了大半瓶止咳糖浆，现在有点迷糊',
    'toddler got hold of the cough medicine and drank about half the bottle',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it.each([
    'we have half a bottle of calpol left, how much can I give my 4 year old?',
    'he drank half a bottle of water after his medicine',
    '家里还有半瓶止咳糖浆，能给孩子喝吗',
  ])('a bottle named, nothing drunk from it: %s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));
});
