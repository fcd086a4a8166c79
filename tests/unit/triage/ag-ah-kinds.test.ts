/**
 * Kinds of failure found with held-out sets AG and AH (triage/eval/heldout-AG.jsonl, -AH.jsonl), fixed in
 * the concept lexicon (knowledge/red-flags), the rules and the readers. The sentences here are new
 * variants of each kind, written for these tests, not the sets' messages. The rules alone decide here
 * (no statistical net), so each test shows what the rules understand.
 */
import { extractVitals } from '../../../nlp/entities/vitals';
import { extractSpo2 } from '../../../nlp/entities/spo2';
import { factsAfterTurns } from '../../../scripts/eval-screen';
import { RedFlagScreen } from '../../../triage';
import { NOW, ruleIds, screen, screenAt } from './helpers';

const level = (text: string) => screen(text).triage;

describe('blood pressure read as a pair, in Chinese numerals or without the words "blood pressure"', () => {
  it.each([
    ['血压一百四十五/九十', 145, 90],
    ['血压一百六十比一百', 160, 100],
    ['量了一下 185/115', 185, 115],
    ["mum's reading came out at 192/121", 192, 121],
  ])('%s → %i/%i', (text, systolic, diastolic) => expect(extractVitals(text)).toMatchObject({ systolic, diastolic }));
  it('a normal pair in Chinese numerals is no low blood pressure', () => {
    expect(level('血压一百二十八/七十六，有点流鼻涕')).not.toBe('emergency');
  });
  it('a score or a date is no reading', () => {
    expect(extractVitals('the match ended 3/1 and I have a cough')).not.toHaveProperty('systolic');
    expect(extractVitals('booked for 12/25, cough since')).not.toHaveProperty('systolic');
  });
  it('a crisis-range reading said without the words is at least urgent', () => {
    expect(['urgent', 'emergency']).toContain(level("dad's monitor says 200/125 and he has a headache"));
  });
});

describe('a reading now replaces the one before it (English)', () => {
  it.each([
    ['his sats were 84 on the ward last week, he is home now at 96', 96],
    ['oxygen 87 in the ambulance yesterday, today it reads 95', 95],
  ])('%s → %i', (text, spo2) => expect(extractSpo2(text)).toBe(spo2));
  it('another vital said now is not the oxygen', () => {
    expect(extractSpo2('oxygen was 86 an hour ago, heart rate now at 90')).toBe(86);
  });
});

describe('Chinese sound-alikes of pain words', () => {
  it.each(['胸口剧通，一身冷汗', '心口绞通 出了好多汗'])('%s → emergency', (text) =>
    expect(level(text)).toBe('emergency'),
  );
  it('交通 is not 绞痛', () => expect(level('交通堵了一个小时，有点咳嗽')).not.toBe('emergency'));
});

describe('a denial carried over a list by "or"', () => {
  it.each([
    'sore throat, hurts to swallow, no rash or difficulty breathing',
    'no fever nor trouble breathing, just a cough',
    '嗓子疼，没有发热或者呼吸困难',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));
  it('"and" does not carry it: a report may follow', () => {
    expect(level('no fever and she is struggling to breathe')).toBe('emergency');
  });
  it('"but" ends it', () => expect(level('no cough but she has trouble breathing')).toBe('emergency'));
});

describe('breathless on minimal exertion (dressing, talking a while) is a clinician today, not 120', () => {
  it.each(['I get out of breath putting my clothes on', '话说久了就喘，坐着还好', '换衣服都喘'])(
    '%s → urgent',
    (text) => expect(level(text)).toBe('urgent'),
  );
  it('at rest it is still 120', () => expect(level('坐着不动也喘不上气')).toBe('emergency'));
});

describe('"very tired" is fatigue, not drowsiness', () => {
  it('very tired with a headache is not meningitis', () => {
    expect(level('very tired with a headache, day 3 of covid')).not.toBe('emergency');
  });
  it('hard to wake still is', () =>
    expect(level('very tired, we can hardly wake him, bad headache')).toBe('emergency'));
});

describe('a question about a slogan or a list of signs is no report', () => {
  it.each(['"中风120"里的"1"指的是哪个字的意思', '心梗的信号有哪几个', 'what does FAST stand for'])(
    '%s → not emergency',
    (text) => expect(level(text)).not.toBe('emergency'),
  );
  it('said with a sign happening, it is', () => expect(level('我妈嘴歪了，中风120口诀怎么说')).toBe('emergency'));
});

describe('palpitations composed from heart + racing words', () => {
  it.each(['my heart keeps thumping really fast', '心跳得特别快，一阵一阵的', 'heartbeat all over the place tonight'])(
    '%s → urgent',
    (text) => expect(level(text)).toBe('urgent'),
  );
});

describe('suicide: the means said ready, with despair', () => {
  it.each([
    '不想活了，安眠药我都攒够了',
    "i can't go on. the pills are counted out next to me",
    '活着没意思，绳子已经买好了',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('medicine ready for a delivery is no means', () => {
    expect(level('药已经准备好了，明天送过来可以吗')).toBe('none');
  });
  it('the act told after the means: the next turn is still 120', () => {
    const screenWithRules = new RedFlagScreen();
    const facts = factsAfterTurns(
      ["i can't keep going", 'got a full bottle of his sleeping pills here'],
      'en',
      screenWithRules,
      NOW,
    );
    expect(screenAt('swallowed the lot just now', facts, NOW).triage).toBe('emergency');
  });
});

describe('a seizure in British words', () => {
  it.each(['my son is fitting on the floor', 'she started fitting in the car'])('%s → emergency', (text) =>
    expect(level(text)).toBe('emergency'),
  );
  it('fitting in at school is not', () => expect(level("he doesn't fit in with the other kids")).toBe('none'));
});

describe('an object stuck in the throat', () => {
  it.each(['孩子被鸡骨头卡了，一直流口水', 'fish bone stuck in her throat, now drooling and breathing is noisy'])(
    '%s → emergency',
    (text) => expect(level(text)).toBe('emergency'),
  );
  it('breathing and swallowing fine, it is a doctor today', () => {
    expect(level('吃鱼被鱼刺卡了，吞口水有点疼')).toBe('urgent');
    expect(ruleIds('吃鱼被鱼刺卡了，吞口水有点疼')).toContain('throat.foreign-body');
  });
  it('croup noise only when upset, gone when calm, is not 120', () => {
    expect(level('barking cough, a bit of noisy breathing when he cries, fine when calm and playing')).not.toBe(
      'emergency',
    );
  });
});

describe('hard to wake said as "hardly woken all day"', () => {
  it.each(['爷爷阳了，今天基本没醒过', 'gran has barely woken up all day with covid'])('%s → emergency', (text) =>
    expect(level(text)).toBe('emergency'),
  );
});

describe('a past event checked and found fine', () => {
  it.each([
    '前几天胸口疼，去医院做了心电图，医生说没问题',
    'had chest pain a few days ago, the hospital did an ECG and said it was fine',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));
  it('a faint for a few seconds yesterday, fine since, is not 120', () => {
    expect(level('fainted for a few seconds yesterday when I got up quickly, fine since')).not.toBe('emergency');
  });
});

describe('dehydration and ear infection signs are a clinician today (NHS)', () => {
  it.each([
    '一天就尿一次，尿很黄，头晕',
    'barely peeing and dizzy after two days of diarrhoea',
    '耳朵痛得厉害，晚上睡不着',
    'my ear is leaking yellow fluid and I have a temperature',
  ])('%s → urgent', (text) => expect(level(text)).toBe('urgent'));
  it('a little earache is not', () => expect(level('耳朵有点疼')).not.toBe('urgent'));
});

describe('fever that medicine does not bring down', () => {
  it.each(['temperature 39.2 and it will not come down even with the meds', '吃了药也不退，一直39度'])(
    '%s → urgent',
    (text) => expect(level(text)).toBe('urgent'),
  );
});

describe('a rash that will not go when pressed', () => {
  it.each(['fever and a rash that will not fade when I press it', '发烧，身上的疹子按下去还在'])(
    '%s → emergency',
    (text) => expect(level(text)).toBe('emergency'),
  );
});
