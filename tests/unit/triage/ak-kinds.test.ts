/**
 * Kinds of failure found with held-out set AK (triage/eval/heldout-AK.jsonl), fixed in the concept
 * lexicon (knowledge/red-flags), the rules, the entity readers and the question reader. The sentences are
 * new variants of each kind, written for these tests, not the set's messages. The rules alone decide (no
 * statistical net), except where a conversation is screened turn by turn.
 */
import { extractEntities } from '../../../nlp/entities';
import { inConversation, langOf, NOW, ruleIds, screen } from './helpers';

const level = (text: string) => screen(text).triage;

describe('after an emergency, "what do I do now?" is still 120', () => {
  it.each([
    ['我老婆怀孕三十周', '刚才突然流了好多血，床单都湿了', '现在咋办啊'],
    ['my dad is 70', 'his face is drooping on the left and he cannot lift his arm', 'what should we do?'],
  ])('%s / %s / %s → emergency', (...turns) => expect(inConversation(...turns)).toBe('emergency'));
  it('with nothing urgent said before, "what should I do" is not 120', () => {
    expect(inConversation('我嗓子有点疼', '那我该怎么办')).not.toBe('emergency');
  });
});

describe('reduced fetal movement said as "not as much" (NHC home-treatment guideline: pregnancy warning signs)', () => {
  it.each([
    ['I am 31 weeks', "she hasn't been moving as much since this morning"],
    ['我怀孕32周了', '今天宝宝踢得比平时少，动得没以前多'],
  ])('%s / %s → emergency', (...turns) => expect(inConversation(...turns)).toBe('emergency'));
});

describe('"she\'s 7 weeks" with no pregnancy said is a baby (NICE NG143: under 3 months with 38 °C is red)', () => {
  it('is an age, not weeks of pregnancy', () => {
    const e = extractEntities("She's 6 weeks and has felt hot all evening, 38.3 under her arm", 'en', NOW);
    expect(e.pregnancyWeeks).toBeUndefined();
    expect(e.ages?.[0]).toBeLessThan(0.25);
    expect(level("She's 6 weeks and has felt hot all evening, 38.3 under her arm")).toBe('emergency');
  });
  it('a wife or "pregnant" keeps it a pregnancy', () => {
    expect(extractEntities("my wife is 12 weeks and she's got a fever", 'en', NOW).pregnancyWeeks).toBe(12);
    expect(extractEntities("she's 10 weeks pregnant, temp 38.2", 'en', NOW).pregnancyWeeks).toBe(10);
  });
});

describe('a seizure that is over (NHS: 999 for a first seizure, even if it stopped)', () => {
  it.each([
    '女儿发着烧突然抽了一下，半分钟就停了，现在在睡',
    'my son had a fit with his fever, it stopped after a minute',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('a known epilepsy patient whose usual seizure is over and who came round is not', () => {
    expect(level('他有癫痫，刚才是平时那种发作，两分钟就停了，现在已经清醒了')).not.toBe('emergency');
  });
});

describe('self-harm (NHS self-harm: 999 for a serious wound or when the person may act on it)', () => {
  it.each([
    "cut my wrist tonight, it's really deep and I don't care anymore",
    '又划手了，这次划得很深，血止不住',
    'I was cutting myself again and I dont care if I stop',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('the rule names its source', () => {
    expect(ruleIds('又划手了，这次划得很深，血止不住')).toContain('mental.self-harm-serious');
  });
});

describe('thoughts of not being here with the means being looked up', () => {
  it.each([
    "everyone would be better off without me, I've been googling how many of my sleeping pills it would take",
    '觉得活着没意思，还在网上查了吃多少片会死',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
});

describe('asthma with the reliever used and still bad (Asthma UK: call if the reliever is not helping)', () => {
  it.each([
    '孩子哮喘，喷了几下还是喘得厉害，越来越重',
    "he's asthmatic, took 8 puffs of his inhaler and he's still wheezing really badly",
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('a reliever needed several times a day is a clinician today', () => {
    expect(level('my asthma is playing up, needing my reliever four times a day but it helps')).toBe('urgent');
  });
});

describe('new confusion in lay words (CDC: new confusion is an emergency warning sign)', () => {
  it.each([
    'since lunch grandpa keeps calling me by my dad’s name and forgot how to use his phone',
    '外婆今天开始把我当成我妈，连用了好多年的手机都不会用了',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('muddled about which pills is a medicine question, not confusion', () => {
    expect(level('my father is muddled about which tablets he takes in the morning')).not.toBe('emergency');
  });
});

describe('stroke signs that came and went (NHS TIA: still 999)', () => {
  it.each([
    'his mouth drooped on one side and his speech went slurred for ten minutes, now he seems fine',
    '刚才我妈一边脸发麻，手也抬不起来，过了二十分钟自己好了',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('checked by a doctor and found to be something else, it is not', () => {
    expect(level('上周手麻了几天，医院做了核磁，医生说是颈椎的问题，不是中风')).not.toBe('emergency');
  });
});

describe('nails grey-blue with drowsiness; emptied packets beside someone unwell', () => {
  it.each([
    '奶奶手指甲发青，人老是打瞌睡',
    'found my dad asleep next to empty boxes of his sleeping tablets, hard to wake',
    '他床头好几个空药瓶，人迷迷糊糊的',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));
  it('an empty packet with a request for more is a delivery', () => {
    expect(level('the paracetamol packet is empty and I have a fever, can you deliver some')).not.toBe('emergency');
  });
});

describe('a child who drank a bottle of medicine, told with 把; a finished bottle and a request for more', () => {
  it.each(['儿子偷偷把大半瓶止咳糖浆喝了', '女儿把美林喝光了，现在有点想睡'])('%s → emergency', (text) =>
    expect(level(text)).toBe('emergency'),
  );
  it.each(['宝宝的美林喝完了，能帮忙再送一瓶吗', '孩子把药吃了，还是有点烧'])('%s → not an emergency', (text) =>
    expect(level(text)).not.toBe('emergency'),
  );
});

describe('over-triage: questions, things seen since, a person discharged', () => {
  it.each([
    '心梗的前兆一般有哪些？想做个科普',
    'which symptoms mean a child with a rash needs hospital?',
    '半个月前有过轻生的想法，后来跟心理咨询师聊过了，现在好多了',
    '我爸上周心口疼住院了，现在出院了，想问回家后注意什么',
    '宝宝几个月以内发烧要马上去医院？',
    'how long is it normal to cough after covid? mine is 3 weeks, no fever',
  ])('%s → not an emergency', (text) => expect(level(text)).not.toBe('emergency'));
  it('a reading given with "要去医院吗" is a report, not a question', () => {
    expect(level('宝宝两个月，发烧38.3，要去医院吗')).toBe('emergency');
  });
});

describe('ages and readings said in other ways', () => {
  it.each([
    ['宝宝快五个月了，有点低烧', 0.42],
    ['Re: Mrs Wang (88), cough since Monday', 88],
  ])('%s → age %d', (text, age) => expect(extractEntities(text, langOf(text), NOW).ages?.[0]).toBe(age));
  it('a nearly-4-month-old is not "a fever for 120 days"', () => {
    expect(extractEntities('宝宝快四个月了，打了疫苗低烧37.8', 'zh', NOW).days).toBeUndefined();
  });
  it('blood pressure said in the next clause with "一直"', () => {
    expect(extractEntities('我爸高血压最近降不下来，一直一百八左右', 'zh', NOW).systolic).toBe(180);
  });
});

describe('levels below 120', () => {
  it('a sprain the person can walk on is home care; one they cannot is a clinician today', () => {
    expect(level('打羽毛球扭了脚踝，有点肿，还能走路')).toBe('routine');
    expect(level('扭了脚踝，肿得厉害，完全不能走路')).toBe('urgent');
  });
  it('earache after a cold is home care', () => expect(level('earache since my cold, no fever')).toBe('routine'));
  it('a toddler who fell off the bed and is playing again is home care, one who vomits is not', () => {
    expect(level('my 2 year old fell off the bed, cried at once, now playing as usual')).toBe('routine');
    expect(level('my 2 year old fell off the bed, hit his head and has vomited twice')).toBe('emergency');
  });
  it('a heavier period with nothing else is home care, not a chronic disease getting worse', () => {
    expect(level('这个月例假比平时多一点，没有别的不舒服')).toBe('routine');
  });
  it('better now, asking when isolation ends, does not carry yesterday’s fever', () => {
    expect(
      inConversation(
        'my mum is 75 and has covid',
        'she had 38.6 last night',
        "she's feeling much better today, when can she go out?",
      ),
    ).toBe('none');
  });
});
