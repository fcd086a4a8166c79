/**
 * Kinds found by held-out set N (triage/eval/heldout-N.jsonl), fixed in the readers and the lexicon.
 * The sentences here are new variants of each kind, not the set's cases.
 */
import type { Facts } from '../../../core/types';
import { factsFromEntities } from '../../../conversation/facts';
import { extractEntities } from '../../../nlp/entities';
import { screenMessage } from '../../../triage';
import { langOf, NOW, screen } from './helpers';

const level = (text: string) => screen(text).triage;

/** Two turns as the engine sees them: what the first says is being measured reads the second's number. */
function afterTurn(first: string, second: string) {
  const facts: Facts = factsFromEntities(extractEntities(first, langOf(first), NOW)) as Facts;
  const entities = extractEntities(second, langOf(second), NOW, { measuring: facts.measuring });
  return { entities, triage: screenMessage({ text: second, lang: langOf(second), entities, facts }).triage };
}

describe('a reading given as the answer to a count or a measurement begun in the turn before', () => {
  it.each([
    ['I am going to count my husband’s breathing for a minute now', '36 in a minute', 36],
    ['我现在数一下我妈一分钟呼吸多少次', '三十三下', 33],
    ['ok counting her breaths', 'thirty one', 31],
  ])('"%s" then "%s" is a respiratory rate of %d: an emergency', (first, second, rate) => {
    const { entities, triage } = afterTurn(first, second);
    expect(entities.respiratoryRate).toBe(rate);
    expect(triage).toBe('emergency');
  });

  it('a normal count after counting is not alarming', () => {
    expect(afterTurn('counting his breaths now', '16').triage).toBe('none');
  });

  it('a bare number with no count begun is not a respiratory rate', () => {
    expect(extractEntities('34 in a minute', 'en', NOW).respiratoryRate).toBeUndefined();
  });

  it.each([
    ['我刚把血氧仪夹上了', '八十七', 87, 'emergency'],
    ['putting the oximeter on her finger now', '91%', 91, 'urgent'],
  ])('"%s" then "%s" is SpO2 %d', (first, second, spo2, triage) => {
    const result = afterTurn(first, second);
    expect(result.entities.spo2).toBe(spo2);
    expect(result.triage).toBe(triage);
  });
});

describe('numbers said in English words', () => {
  it.each([
    ['the oximeter says eighty six', 86],
    ['his sats keep going between ninety and eighty four', 84],
  ])('%s → SpO2 %d', (text, spo2) => expect(extractEntities(text, 'en', NOW).spo2).toBe(spo2));
});

describe('all of a medicine taken, then how many', () => {
  it.each(['she swallowed all of her sleeping tablets, maybe 25', 'he has taken all his amitriptyline, around thirty'])(
    '%s → emergency',
    (text) => expect(level(text)).toBe('emergency'),
  );
  it('finishing a course is not an overdose', () => {
    expect(level('I took all my antibiotics, 5 days, and the cough is still there')).not.toBe('emergency');
  });
});

describe('a body site said first, what it does in short phrases after', () => {
  it('胸口那里 一阵阵的 很闷 很痛 出冷汗 → emergency', () => {
    expect(level('胸口那里 一阵阵的 很闷 很痛 出冷汗')).toBe('emergency');
  });
  it('another body site in between takes the finding: 胸口有点痒 过了一会儿 膝盖特别痛', () => {
    expect(level('胸口有点痒 过了一会儿 膝盖特别痛')).not.toBe('emergency');
  });
});

describe('an inhaler or reliever that is not working, in mixed or plain words', () => {
  it.each(['儿子asthma发作 喷了好几下 还是不行', 'her blue pump no good, used it ten times'])(
    '%s → emergency',
    (text) => expect(level(text)).toBe('emergency'),
  );
});

describe('a blocked nose is not a breathing emergency', () => {
  it.each([
    '鼻塞 感觉喘不上气 只能张嘴呼吸',
    'nose totally blocked, feel like I cant breathe, can only breathe through my mouth',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));
});

describe('an older relative’s age said the way people say it makes symptoms urgent', () => {
  it.each(['shes 88 and has a cough since yesterday', 'my grandma old 92 years, positive, runny nose'])(
    '%s → urgent',
    (text) => expect(level(text)).toBe('urgent'),
  );
});

describe('a resting heart rate said with the heart', () => {
  it('my heart is racing at about 130 lying in bed → urgent', () => {
    expect(screen('my heart is racing at about 130 lying in bed').triage).toBe('urgent');
  });
});

describe('set O: a glucose reading said bare once diabetes or insulin is named', () => {
  it('"我妈糖尿病 打胰岛素" then "测了一下2.6 人有点迷糊" → emergency', () => {
    const result = afterTurn('我妈糖尿病 打胰岛素', '测了一下2.6 人有点迷糊');
    expect(result.entities.glucose).toBe(2.6);
    expect(result.triage).toBe('emergency');
  });
  it('a temperature in a diabetic is not read as glucose', () => {
    expect(extractEntities('I am diabetic, temperature is 38.6', 'en', NOW).glucose).toBeUndefined();
  });
});

describe('set O: a run-together negated list, and intensifiers, are not emergencies', () => {
  it.each([
    '没胸闷没气短没发烧，就是嗓子疼',
    '疼得要死了，牙疼，吃什么止疼',
    'hoarse, hard to speak loudly, breathing normally',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));
});

describe('set O: signs said as what the person does', () => {
  it.each([
    '老伴叫醒了又睡 叫醒又睡 发着烧',
    '奶奶坐都坐不住 问她什么都只会嗯',
    'his asthma is bad and he is struggling to speak',
    '妈妈在天台上不肯下来 说活着没意思',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('36 weeks pregnant, then "baby has been very quiet since this morning" → emergency', () => {
    expect(screen('baby has been very quiet since this morning', { pregnant: true, pregnancyWeeks: 36 }).triage).toBe(
      'emergency',
    );
  });
});

describe('set P: signs in care-home reports, dialect and plain words', () => {
  it.each([
    '护工说5号床王奶奶今天很糊涂，问她在哪答不上来',
    '娃一天没喝水了 十个多小时没尿',
    '我老公怎么叫都不搭理 一直发烧',
    'woke up and there is a curtain over my left eye',
    "she's got a rope ready and says she is done",
    '老婆怀孕七个月 流了好多血',
    'the whole house smells of gas and my son has a headache and feels sick',
    'my dad took his blood pressure pills twice today, about 5 extra, now he is very dizzy',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));

  it.each([
    'what does FAST stand for in stroke adverts',
    '我是网格员 遇到说不想活的老人应该怎么上报',
    '怀孕六个月 有点憋气 心慌',
    'I have trapped gas and a headache',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));
});

describe('set Q: after a birth, missed dialysis, a faint not fully recovered', () => {
  it.each([
    '顺产后第四天 出血突然变多 卫生巾一小时就湿透',
    'had a c-section last week, terrible headache and seeing flashing lights',
    'my wife gave birth 3 days ago, her blood pressure is 165/112 and she has a headache',
    'he missed dialysis twice this week and now his legs are weak and his heart is irregular',
    '我妈刚才晕倒了 现在醒了 但是迷迷糊糊的',
    '女儿发烧一直睡 叫醒了没几秒又睡过去',
    '开水泼到孩子腿上 一大片起泡',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));

  it.each([
    'my chest muscles are sore from all the coughing, sore to touch, breathing ok',
    '宝宝三个月以内发烧是不是要马上去医院 现在没发烧 就是问问',
    'his lips went blue in the cold pool and turned pink again after a towel',
  ])('%s → not emergency', (text) => expect(level(text)).not.toBe('emergency'));

  it('missed dialysis alone is urgent (the dialysis unit today)', () => {
    expect(level('我爸这周漏了透析 现在没什么不舒服')).toBe('urgent');
  });
});

describe('not wanting to live, said with pills taken', () => {
  it.each(['I swallowed all her sleeping tablets, I do not want to be here', '吃了一把安眠药 不想活了'])(
    '%s → emergency',
    (text) => expect(level(text)).toBe('emergency'),
  );
});

describe('set T: a volume of blood said in millilitres', () => {
  it.each([
    ['Haemoptysis of roughly 150 ml overnight, he takes warfarin', 150],
    ['我爸咳血了，大概两百毫升', 200],
    ['she vomited blood, about 300ml, still pale', 300],
    ['吐出来的血得有一百五十毫升左右', 150],
    ['coughed up 120 mls of bright red blood', 120],
  ])('"%s" reads %d ml of blood: an emergency', (text, ml) => {
    expect(extractEntities(text, langOf(text), NOW).bloodMl).toBe(ml);
    expect(level(text)).toBe('emergency');
  });

  it.each([
    ['coughing up phlegm with streaks of blood, maybe 2 ml of phlegm each time'],
    ['咳痰里有血丝，量很少，大概5毫升痰'],
    ['coughed up a little blood earlier, then drank 500 ml of water and feel fine'],
  ])('"%s" is not a large bleed: not an emergency', (text) => {
    expect(level(text)).not.toBe('emergency');
  });

  it('a volume that is not blood is not read as one', () => {
    expect(extractEntities('喝了500毫升水，血压130/80', 'zh', NOW).bloodMl).toBeUndefined();
    expect(extractEntities('gave him 5 ml of calpol', 'en', NOW).bloodMl).toBeUndefined();
  });
});

describe('how long it went on, in minutes (a seizure over 5 minutes: NHS epilepsy)', () => {
  it.each([
    ['抽了十来分钟才停', 10],
    ['大概抽了五分多钟', 5],
    ['went on for 8 minutes', 8],
    ['it lasted about ten minutes', 10],
    ['抽了半个小时', 30],
    ['两分钟就停了', 2],
  ])('"%s" reads %d minutes', (text, minutes) => {
    expect(extractEntities(text, langOf(text), NOW).minutes).toBe(minutes);
  });

  it('no span in minutes reads none', () => {
    expect(extractEntities('抽了一下就停了', 'zh', NOW).minutes).toBeUndefined();
    expect(extractEntities('it stopped quickly', 'en', NOW).minutes).toBeUndefined();
  });
});
