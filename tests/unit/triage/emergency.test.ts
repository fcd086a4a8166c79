import { ruleIds, screen } from './helpers';

/** Each family: [rule ids, zh phrasings, en phrasings]. Every phrasing must screen as emergency for one of those rules. */
const FAMILIES: Array<[string, string[], string[]]> = [
  [
    'breathing.severe|breathing.difficulty',
    ['我妈喘不上气了', '喘不上起来了快帮帮我', '老人憋得慌 说话都说不完整', '呼吸困难', '孩子呼吸好费劲', '气短得厉害'],
    ["my dad can't breathe", 'She is gasping for air', 'struggling to breathe', 'so short of breath he cannot talk'],
  ],
  [
    'breathing.cyanosis',
    ['外婆的嘴唇发紫了', '他嘴唇乌青乌青的', '脸色发青'],
    ['his lips look bluish', 'her face is turning blue'],
  ],
  [
    'spo2.severe',
    ['血氧掉到85了', '血氧八十六', '血氧才八十几', '指脉氧88'],
    ['oximeter reads 86 percent', 'O2 sat dropped to 88'],
  ],
  [
    'chest.pain',
    ['胸口压着疼，满头大汗', '我爸说心口疼 像压了块石头', '胸痛半个小时了', '胸口像针扎一样疼'],
    ['crushing pain in my chest', 'my father has chest pain and is sweating', 'I think he is having a heart attack'],
  ],
  [
    'consciousness.lost|breathing.stopped',
    ['我爸晕倒了', '奶奶叫不醒了', '老人摔倒后就没反应了', '我妈晕到了', '人没气了'],
    ['my grandma collapsed', "he passed out and won't wake up", 'she is not breathing', 'grandpa is unresponsive'],
  ],
  [
    'consciousness.confusion',
    ['我爷爷开始说胡话了', '老人发烧后神志不清', '老人说的话听不懂', '不认识我了 认不出人'],
    ['grandpa is suddenly very confused', "she's delirious", 'dad is talking gibberish'],
  ],
  [
    'seizure',
    ['孩子高烧抽搐了', '宝宝抽风了', '我儿子突然抽起来了', '口吐白沫'],
    ['my son is having a seizure', 'toddler had a febrile convulsion'],
  ],
  [
    'stroke.signs',
    [
      '我爸好像中风了 嘴歪了',
      '奶奶嘴角歪了 说话不清楚',
      '我妈左手突然没力气抬不起来',
      '半边身子动不了',
      '我奶奶突然说不出话了',
    ],
    [
      'her face is drooping on one side',
      'his speech is slurred',
      "can't lift his right arm",
      'I think my mother is having a stroke',
    ],
  ],
  [
    'bleeding.heavy',
    ['老人吐血了', '伤口血止不住', '咳出大口的血'],
    ['he is vomiting blood', 'bleeding heavily and it will not stop'],
  ],
  [
    'allergy.anaphylaxis',
    ['吃了药以后嘴唇肿了', '过敏了 喉咙发紧'],
    ['her tongue is swelling', 'anaphylactic reaction'],
  ],
  [
    'poisoning.overdose',
    ['我爸把一整瓶安眠药吃了', '孩子误吃了奶奶的降压药', '一次吃了20片布洛芬', '孩子把一板退烧药都吃了', '喝了农药'],
    [
      'she took 20 tablets of paracetamol',
      'my toddler swallowed some pills',
      'I think he overdosed',
      'my kid drank bleach',
    ],
  ],
  [
    'mental.suicide',
    ['我不想活了', '活着没意思 想自杀', '想结束生命'],
    ['I want to kill myself', 'he says he wants to die', "I don't want to live anymore"],
  ],
  ['meningitis.signs', ['孩子身上起了紫色的疹子 按了不褪色'], ['a purple rash that does not fade']],
  ['injury.head', ['奶奶摔到头了 现在一直吐'], ['grandma hit her head and now she is vomiting']],
];

describe.each(FAMILIES)('emergency rule %s', (ruleIds, zh, en) => {
  it.each([...zh, ...en])('%s', (text) => {
    const result = screen(text);
    expect(result.triage).toBe('emergency');
    expect(result.reasons.map((r) => r.ruleId).some((id) => ruleIds.split('|').includes(id))).toBe(true);
  });
});

describe('population rules', () => {
  it.each([
    '我怀孕7个月 头很痛',
    '孕妇肚子疼 还见红了',
    '怀孕32周 感觉胎动少了',
    "I'm 30 weeks pregnant with a bad headache",
    "pregnant and the baby hasn't been moving",
  ])('pregnancy warning sign: %s', (text) => {
    expect(ruleIds(text)).toContain('pregnancy.warning');
    expect(screen(text).triage).toBe('emergency');
  });

  it('a headache without pregnancy is routine', () => {
    expect(screen('头很痛').triage).toBe('routine');
  });

  it.each([
    '宝宝两个月大 发烧38度',
    '刚出生20天的宝宝发烧了',
    '45天的宝宝发烧了',
    'my 6 week old baby has a fever of 38.2',
    'my newborn feels hot',
  ])('fever under 3 months: %s', (text) => {
    expect(ruleIds(text)).toContain('infant.fever');
  });

  it('fever in a 2-year-old is not the infant rule', () => {
    expect(screen('宝宝两岁 发烧38.5').triage).toBe('routine');
  });

  it.each(['宝宝不吃奶 一直睡', '八个月的宝宝软绵绵的 没精神', 'my baby is floppy and will not feed'])(
    'baby danger sign: %s',
    (text) => {
      expect(ruleIds(text)).toContain('child.danger');
    },
  );

  it('a toddler with a stated age who is lethargic is urgent, not emergency', () => {
    expect(screen('3岁的孩子没精神 不吃东西').triage).toBe('urgent');
  });
});

describe('ASR-style text without punctuation', () => {
  it.each(['我爸八十五了现在喘不上气嘴唇发青', '妈妈呼吸困难血氧八十九要不要打120', '我爸嘴歪了怎么判断是不是中风'])(
    '%s',
    (text) => {
      expect(screen(text).triage).toBe('emergency');
    },
  );
});

describe('suicide reply material', () => {
  it('names the source that carries the crisis line', () => {
    const reason = screen('我不想活了').reasons.find((r) => r.ruleId === 'mental.suicide');
    expect(reason?.sourceId).toBe('nhc-12356-2024');
  });
});

describe('emergencies whose wording looks like something else', () => {
  it.each([
    // "的话" as the noun "words", not "if"
    '我爸喘得说不出一句整话 嘴唇发紫',
    '他憋得说不出完整的话 脸色发青',
    'my dad cant wake up',
    "my grandma won't wake up this morning",
  ])('%s → emergency', (text) => expect(screen(text).triage).toBe('emergency'));

  it.each(['发烧的话吃什么药', "I can't wake up early these days, always tired"])('%s → not emergency', (text) =>
    expect(screen(text).triage).not.toBe('emergency'),
  );
});
