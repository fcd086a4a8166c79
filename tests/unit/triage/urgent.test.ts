import { ruleIds, screen } from './helpers';

describe('urgent: a clinician today, not 120', () => {
  it.each([
    ['发烧39度已经第四天了，吃了退烧药也不退', 'fever.persistent'],
    ['发烧五天了', 'fever.persistent'],
    ["fever of 39 for 5 days, paracetamol isn't helping", 'fever.not-responding'],
    ['高烧不退', 'fever.not-responding'],
    ['血氧92 不喘', 'spo2.low'],
    ['my oxygen is 93 but I feel ok', 'spo2.low'],
    ['体温40度', 'fever.very-high'],
    ['temperature is 104F', 'fever.very-high'],
    ['我爸血压控制不住 高压190', 'chronic.worsening'],
    ['血糖很高 降不下来', 'chronic.worsening'],
    ["my dad's heart failure is getting worse", 'chronic.worsening'],
    ['85岁的奶奶发烧38度', 'key-population.symptomatic'],
    ['my 82-year-old father has a cough', 'key-population.symptomatic'],
    ["I'm pregnant and have a fever", 'key-population.pregnant-fever'],
    ['我妈做透析的 现在发烧了', 'key-population.symptomatic'],
    ['孩子精神很差 不吃东西', 'child.unwell'],
    ['my 4 year old keeps vomiting', 'child.unwell'],
    ['吐了一天了 吃什么吐什么', 'vomiting.persistent'],
    ["can't keep anything down", 'vomiting.persistent'],
    ['有点胸闷', 'chest.tightness'],
    ['心慌 心跳很快', 'heart.palpitations'],
    ['痰里有血丝', 'bleeding.minor'],
    ['有点喘 走路的时候', 'breathing.mild'],
    ['宝宝才一个月 体温37.9', 'infant.warm'],
    ['老人迷迷糊糊的', 'consciousness.drowsy'],
  ])('%s → %s', (text, ruleId) => {
    expect(screen(text).triage).toBe('urgent');
    expect(ruleIds(text)).toContain(ruleId);
  });

  it('fever above 38.5 for exactly 3 days is not yet "more than 3 days"', () => {
    expect(screen('发烧39度 三天了').triage).toBe('routine');
  });

  it('a low fever for 5 days stays routine (the guideline threshold is 38.5)', () => {
    expect(screen('低烧37.8 五天了').triage).toBe('routine');
  });

  it('SpO2 90 is urgent, 89 is emergency', () => {
    expect(screen('血氧90').triage).toBe('urgent');
    expect(screen('血氧89').triage).toBe('emergency');
  });

  it('SpO2 ≤ 93 with breathing difficulty is an emergency', () => {
    expect(screen('血氧92 喘不上气').triage).toBe('emergency');
  });

  it('an 80+ without symptoms is not urgent', () => {
    expect(screen('老人80岁 阳了 没症状').triage).toBe('none');
  });
});

describe('routine and none', () => {
  it.each([
    ['一直咳嗽，嗓子疼，怎么办', 'routine'],
    ['I have a fever of 38.3 and body aches', 'routine'],
    ['闻不到味道了', 'routine'],
    ['lost my sense of smell', 'routine'],
    ['拉肚子 一天两三次', 'routine'],
    ['布洛芬一次吃多少', 'none'],
    ['阳了多久可以出门', 'none'],
    ['家里老人没阳，我阳了，怎么隔离', 'none'],
    ['您好', 'none'],
  ] as const)('%s → %s', (text, level) => {
    expect(screen(text).triage).toBe(level);
  });
});

describe('a long-term illness with symptoms getting worse', () => {
  it.each([
    '我妈有哮喘 这两天喘得越来越厉害',
    '老爷子心衰 腿肿一天比一天严重',
    'my dad has COPD and his cough is getting worse every day',
  ])('%s → urgent (or more)', (text) => {
    expect(['urgent', 'emergency']).toContain(screen(text).triage);
  });
  it.each(['我有糖尿病 咳嗽好多了', 'I have diabetes, my cough is not getting worse, just annoying'])(
    '%s → not urgent',
    (text) => {
      expect(['routine', 'none']).toContain(screen(text).triage);
    },
  );
});

describe('pregnancy without fever or warning signs', () => {
  it.each(['我怀孕四个月 有点流鼻涕 能吃什么药', "I'm 20 weeks pregnant with a runny nose, what can I take?"])(
    '%s is not sent to a clinician today',
    (text) => {
      expect(screen(text).triage).toBe('routine');
    },
  );
});
