import { screen } from './helpers';

describe('negation', () => {
  it.each([
    ['没有呼吸困难', 'none'],
    ['我没有胸痛，也不喘，就是流鼻涕', 'routine'],
    ['呼吸不困难 就是浑身没劲', 'routine'],
    ['没胸痛也没发烧 就是鼻塞', 'routine'],
    ['没有胸闷 也不憋气 就是头晕', 'routine'],
    ['no chest pain, just a cough', 'routine'],
    ['denies shortness of breath, has a mild fever', 'routine'],
    ['not having trouble breathing, just body aches', 'routine'],
    ['He has no fever, cough or chest pain', 'none'],
    ['no blue lips, no confusion', 'none'],
    ['我没晕倒 只是头晕', 'routine'],
    ['without fever', 'none'],
  ] as const)('%s → %s', (text, level) => {
    expect(screen(text).triage).toBe(level);
  });

  it('negation does not cross a contrast', () => {
    expect(screen('没有发烧但是胸痛').triage).toBe('emergency');
    expect(screen('No fever, but chest pain').triage).toBe('emergency');
  });

  it('A-not-A questions are not negations', () => {
    expect(screen('是不是中风了 嘴歪了').triage).toBe('emergency');
  });
});

describe('normal values', () => {
  it.each([
    ['血氧97', 'none'],
    ['SpO2 is 98', 'none'],
    ['80岁的奶奶 血氧95 没有症状', 'none'],
    ['爷爷一切正常 血氧98 体温36.5', 'none'],
    ['Oxygen is 98 percent, no breathing problems, just a runny nose', 'routine'],
    ['体温37度 血氧96', 'none'],
  ] as const)('%s → %s', (text, level) => {
    expect(screen(text).triage).toBe(level);
  });
});

describe('information and hypothetical questions', () => {
  it.each([
    '什么情况要打120',
    'when should I call 120?',
    'what are the signs of a stroke?',
    '中风有什么征兆',
    '如果喘不上气应该怎么办',
    'if my oxygen drops below 90 should I go to hospital?',
    '血氧低于93要去医院吗',
    '血氧多少要去医院',
    'is chest pain a symptom of covid?',
    '退烧药吃多了会怎么样',
    '吃两种感冒药会不会过量',
    'how many tylenol is an overdose',
    '万一半夜发高烧怎么办',
    '预防心梗要注意什么',
  ])('%s is not an emergency', (text) => {
    expect(screen(text).triage).toBe('none');
  });
});

describe('words that only look like red flags', () => {
  it.each([
    ['我都搞糊涂了 到底吃几片', 'none'],
    ["I'm confused about the dose for my son", 'none'],
    ['吃了药没反应 要不要再吃一片', 'none'],
    ['my fever is not responding to paracetamol', 'urgent'],
    ['以前中过风 现在能吃连花清瘟吗', 'none'],
    ['my dad had a stroke years ago, is paxlovid ok for him', 'none'],
    ['有癫痫病史 能打疫苗吗', 'none'],
    ['疼得想死 嗓子太疼了', 'routine'],
    ['this sore throat makes me want to die', 'routine'],
    ['买了一瓶布洛芬', 'none'],
    ['喝了一瓶水', 'none'],
    ['吃了2片布洛芬 多久能再吃', 'none'],
    ['天天在家憋得慌 想出门', 'none'],
    ['声音哑了 说不出话', 'routine'],
    ['我爸心梗放过支架 现在发烧38度', 'routine'],
    ['拱墅区的发热门诊在哪里', 'none'],
    ["I'm breastfeeding, which fever medicine can I take?", 'none'],
    // Chest soreness from coughing alone is muscle pain, cared for at home (rules.json chest.tightness).
    ['咳得胸口疼', 'routine'],
  ] as const)('%s → %s', (text, level) => {
    expect(screen(text).triage).toBe(level);
  });
});

describe('resolved signs', () => {
  it('a resolved emergency sign stays at urgent', () => {
    expect(screen('胸痛已经好了').triage).toBe('urgent');
  });
  it('a resolved fever is not a symptom', () => {
    expect(screen('I tested positive 7 days ago and my fever is gone').triage).toBe('none');
    expect(screen('烧退了 还是咳').triage).toBe('routine');
  });
});

describe('generic medicine questions about a group', () => {
  it.each(['孕妇发烧能吃对乙酰氨基酚吗', 'can pregnant women with a fever take tylenol', '有癫痫的孩子能吃退烧药吗'])(
    "%s describes no one's symptoms",
    (text) => {
      expect(screen(text).triage).toBe('none');
    },
  );

  it('the same question about oneself is screened', () => {
    expect(screen('我怀孕了 发烧能吃什么药').triage).toBe('urgent');
  });

  it('an emergency sign inside a generic question still goes to 120', () => {
    expect(screen('孩子高烧抽搐能吃什么药').triage).toBe('emergency');
    expect(screen('宝宝2个月 发烧能吃退烧药吗').triage).toBe('emergency');
  });

  it('causal questions are information', () => {
    expect(screen('高烧会引起抽搐吗').triage).toBe('none');
    expect(screen('药吃多了伤肝吗').triage).toBe('none');
  });

  it('past events are history, not now', () => {
    expect(screen('我爸脑梗过 现在在吃氯吡格雷 能吃布洛芬吗').triage).toBe('none');
    expect(screen('刚才抽搐过一次 现在睡着了').triage).toBe('emergency');
  });
});

describe('a medicine named after fever is not a fever', () => {
  it.each([
    'where do I keep the children’s fever drops once opened',
    'is the fever suspension still fine after a month in the fridge',
  ])('%s → none', (text) => {
    expect(screen(text).triage).toBe('none');
  });
});
