/**
 * Paraphrase families per red-flag concept: the same sign said in other word orders, with words
 * between its parts, as a sound-alike typo or speech-recognition error, and the look-alikes that
 * must not go to 120 (denied, in the past, only on exertion, asked about). Written for these tests,
 * apart from the held-out evaluation sets.
 */
import type { Triage } from '../../../core/types';
import { NOW, screen, screenAt } from './helpers';

type Family = {
  /** Each of these is an emergency. */
  emergency: string[];
  /** Each of these is the level given, and never an emergency. */
  not: Array<[string, Exclude<Triage, 'emergency'>]>;
};

const FAMILIES: Record<string, Family> = {
  'breathing (word order, words between, homophones)': {
    emergency: [
      '我妈呼吸特别特别困难',
      '老人喘得一句话都说不完',
      '喘气非常非常费劲 嘴张着',
      '我爸川不上气了',
      '乎吸很急 一分钟三十几下',
      'she can hardly get the words out, she is so out of breath',
      'my mother breathe very hard, face blue color',
      'his breathing is really laboured and noisy',
      'breathing so fast and shallow, ribs are pulling in',
    ],
    not: [
      ['没有呼吸困难 就是咳嗽', 'routine'],
      ['没有发烧咳嗽气短', 'none'],
      ['爬楼会喘，坐着没事', 'routine'],
      ['鼻子塞得要憋死了', 'routine'],
      ['no shortness of breath, just a runny nose', 'routine'],
      ['only puffed going up the stairs, fine when I sit down', 'routine'],
      ['what should I do if my dad cannot breathe?', 'none'],
    ],
  },
  'chest pain (site and finding apart, radiation, coughing)': {
    emergency: [
      '胸口一阵阵剧烈地疼，冒冷汗',
      '疼的是胸口 像被大石头压着',
      '我这个心口窝 疼到后背去了',
      'a squeezing heavy feeling in the middle of my chest',
      'tightness in her chest spreading to her left arm',
      'pain in his chest going up into his jaw, he is grey and sweaty',
    ],
    not: [
      ['胸口不疼 就是嗓子疼', 'routine'],
      ['咳嗽咳得胸口有点疼', 'routine'],
      ['心梗前兆有哪些', 'none'],
      ['上周胸口疼了一下 去医院查了心电图都正常', 'none'],
      ['no chest pain, no trouble breathing, just a temperature of 38.2', 'routine'],
    ],
  },
  'blue lips and skin': {
    emergency: [
      '他的嘴唇都有点发紫了',
      '嘴唇紫得厉害',
      'his lips have turned a bit blue',
      'her lips and face look grey',
    ],
    not: [
      ['嘴唇不紫 呼吸也正常', 'none'],
      ['my son has blue lips from a slushie, he is totally fine', 'none'],
    ],
  },
  'consciousness (lay words, Cantonese)': {
    emergency: [
      '叫了半天都不答应',
      '佢冇晒反应',
      '我爸突然倒在地上 拍他也没反应',
      'can not rouse her at all',
      'he just collapsed in the kitchen',
    ],
    not: [
      ['上周晕过一次，医院查过没事了', 'none'],
      ['I can not wake up early these days, always tired', 'routine'],
      ['退烧药吃了没反应 还是39度', 'urgent'],
    ],
  },
  'stroke (BE-FAST)': {
    emergency: [
      '我爸嘴巴突然歪到一边去了',
      '奶奶左边胳膊突然抬不起来',
      '他说话突然含含糊糊的 口齿不清',
      'mum suddenly can not see out of her left eye',
      'one arm suddenly numb and weak',
      'i think my husband is having a struck, his face is dropping',
    ],
    not: [
      ['我妈去年中风过 现在恢复得挺好 能吃布洛芬吗', 'none'],
      ['嗓子哑了 说不出话', 'routine'],
      ['what are the signs of a stroke', 'none'],
    ],
  },
  seizure: {
    emergency: [
      '孩子高烧抽筋了',
      '个仔发烧扯筋 成个人硬晒',
      'he is having another fit',
      'my wife just had a seizure for the first time, stopped now, very drowsy',
    ],
    not: [
      ['半夜小腿抽筋了 疼醒了', 'routine'],
      ['my mum had a seizure 3 years ago, can she have the booster?', 'none'],
      ['今天去抽了血 结果正常', 'none'],
    ],
  },
  'meningitis and sepsis': {
    emergency: [
      '发烧 脖子硬得低不下头 怕光',
      'fever, stiff neck and she can not stand the light',
      '身上起了紫红色的小点 按压不褪色',
      '发烧手脚冰凉 皮肤发花',
      'shivering uncontrollably on chemo with a temperature',
      'he has not peed since yesterday and is burning up',
    ],
    not: [
      ['孩子起了红疹子 按下去会褪色 精神好', 'routine'],
      ['发烧38度 有点发冷', 'routine'],
    ],
  },
  anaphylaxis: {
    emergency: [
      '吃了虾以后嘴唇肿起来了 还喘',
      '喉咙发紧 咽不下口水',
      'his tongue is swelling after peanuts',
      'face puffing up after the new antibiotic, wheezy',
    ],
    not: [
      ['吃了芒果 嘴边有点痒 嘴唇不肿 呼吸正常', 'routine'],
      ['嗓子疼 扁桃体肿', 'routine'],
    ],
  },
  'asthma not relieved': {
    emergency: ['哮喘犯了 喷了好几下药还是喘', 'used his blue inhaler 10 times and it is not helping, still wheezing'],
    not: [['bit wheezy earlier, had 2 puffs and it settled', 'routine']],
  },
  'vital signs in words and numerals': {
    emergency: [
      '一分钟呼吸了31下',
      'resp rate 33',
      "he's taking 35 breaths a minute",
      '血氧八十六',
      '雪氧八十九',
      '血糖2.1 一身冷汗',
      '血糖二十八点几 人昏昏沉沉的 一直吐',
      '高压一百九 头痛得要炸了 看东西模糊',
      '血压80/50 人发冷 头晕',
      'pulse 180, she feels like she is going to faint',
    ],
    not: [
      ['血氧97', 'none'],
      ['血氧92 坐着', 'urgent'],
      ['高压170 头有点胀', 'urgent'],
      ['resting heart rate 115 with the fever, feel ok otherwise', 'urgent'],
      ['我爸上个月血糖低到2点几晕过一次 现在一直正常', 'none'],
    ],
  },
  'overdose and poisoning (counts without the word tablets)': {
    emergency: [
      'she swallowed 30 of my ibuprofen',
      '我妈刚才吃了二十多颗降压的',
      '孩子把一板退烧药都吃了',
      'my toddler drank some of the bleach',
      '孩子吞了一颗纽扣电池',
      '家里烧煤炉 一家人都头晕恶心',
    ],
    not: [
      ['退烧药吃多了会怎么样', 'none'],
      ['how many tylenol is an overdose', 'none'],
      // An extra dose by mistake: advice today (NHS overdose page), never 120 on its own.
      ['早上不小心多吃了一片降压药 没有不舒服 要紧吗', 'urgent'],
    ],
  },
  suicide: {
    emergency: ['我不想活了 药都准备好了', '我妈说要自撒 把自己锁在屋里了', 'i want to end it tonight, i know how'],
    not: [
      ['疼得想死 嗓子太疼了', 'routine'],
      ['最近总觉得活着挺累的 没想过要做什么', 'urgent'],
    ],
  },
  pregnancy: {
    emergency: [
      '怀孕八个月了 今天一整天都没感觉到胎动',
      '孕28周 下面流了好多水 还带血',
      "I'm 30 weeks and bleeding heavily",
    ],
    not: [
      ['没有头痛眼花 就想问孕晚期能吃什么退烧药', 'none'],
      ['怀孕了 有点低烧 37.8', 'urgent'],
    ],
  },
  'children and babies (lay words)': {
    emergency: [
      '宝宝浑身软绵绵的 眼睛都睁不开',
      '孩子每喘一口气都哼哼 肋骨下面往里凹',
      'my 4 year old is grunting with every breath',
      'BB得7个礼拜 发烧38度2',
      'my 2 month old feels hot',
      'baby is floppy and will not feed',
    ],
    not: [
      ['宝宝三个月大', 'none'],
      ['孩子撞到桌角 额头起了个包 哭了一会儿就去玩了', 'routine'],
      ['is it ok to give my 2 year old ibuprofen for a temperature?', 'none'],
    ],
  },
  bleeding: {
    emergency: [
      '切菜切到手了 血一直往外冒 按了十分钟也止不住',
      '咳出来一大口鲜血',
      'he is vomiting blood',
      "dad's on warfarin and his nosebleed hasn't stopped for an hour",
    ],
    not: [
      ['痰里有几根血丝', 'urgent'],
      ['kid had a nosebleed, stopped after pinching, he is fine now', 'routine'],
    ],
  },
  'numbers read aloud (blood pressure pairs, ranges, counts, retests)': {
    emergency: ['我爸血压七十五十 头晕得站不住', '一分钟喘了四十来回 嘴唇发乌', 'o2 84 and he is really drowsy'],
    not: [
      ['一分钟呼吸二十六七次 其他还好', 'urgent'],
      ['血氧先是86 后来搓热手换了个手指重新测是96 没什么不舒服', 'none'],
      ['血压一百二八十 挺正常的吧', 'none'],
      ['血糖十七八 没什么感觉 有糖尿病', 'urgent'],
    ],
  },
  'standing facts are not "over"': {
    emergency: [],
    not: [
      ['dad is on dialysis, has a temperature of 38.4, otherwise seems himself', 'urgent'],
      ['我妈在化疗 今晚烧到38度3 别的都挺好', 'urgent'],
    ],
  },
  'composed from parts (recession, ear bleeding after a fall, nappies)': {
    emergency: [
      '闺女两岁 呼吸时锁骨上面一吸一陷的',
      'grandad slipped and banged his head, now blood is coming out of his ear',
      '宝宝五个月 尿片一整天都是干的 不肯吃奶',
    ],
    not: [
      ['鼻子流清水 打喷嚏', 'routine'],
      ['掏耳朵掏出一点血', 'none'],
    ],
  },
  'care asked ahead, or questions': {
    emergency: [],
    not: [
      ['老人突然说不出话的时候要怎么办 提前问问', 'none'],
      ['is a headache always a sign of a stroke?', 'none'],
      ["what's the difference between angina and a heart attack", 'none'],
    ],
  },
  'same-day care, not 120': {
    emergency: [],
    not: [
      ['孩子拉稀一天八九次 还肯喝水', 'urgent'],
      ['he takes rivaroxaban and knocked his head on the car door, tiny lump, feels fine', 'urgent'],
      ['rash all over since she started amoxicillin, no swelling, breathing ok', 'urgent'],
      ['我有慢阻肺 这几天比平时喘一些 痰也多了 说话还行', 'urgent'],
      ['得垫三个枕头才能睡着 一躺平就喘', 'urgent'],
    ],
  },
  'began in the past and still going': {
    emergency: [
      '大前天开始喘不上气 越来越重',
      'since Sunday she has been struggling to get her breath',
      '上礼拜开始说话就不太清楚',
    ],
    not: [
      ['前年中风过一次 现在恢复得不错 想问能不能吃布洛芬', 'none'],
      ['my dad had a fit last spring, the neurologist said it was a one-off, can he get the booster?', 'none'],
    ],
  },
  'Shanghainese and Cantonese from relatives': {
    emergency: ['阿拉爷爷困了一上半天 喊伊勿应 推伊也勿动', '佢成个人冇反应 叫极都唔醒', '伊讲闲话讲勿清爽 嘴巴也歪了'],
    not: [
      ['伊有点发寒热 三十八度 咳嗽', 'routine'],
      ['佢而家冇发烧 食咗药好返啲', 'none'],
    ],
  },
  'idioms and hyperbole': {
    emergency: [],
    not: [
      ['气得我吐血 挂号挂了一上午', 'none'],
      ['the bill nearly gave me a heart attack, do you deliver to Minhang?', 'none'],
      ['笑得我喘不过气 想问下布洛芬饭前还是饭后吃', 'none'],
    ],
  },
  'readings said the way people say them': {
    emergency: [
      'grandad blood pressure up 210 down 125, says his vision has gone blurry',
      'oxygen sacks showing 86 and she is confused',
      '宝宝出生七周 体温三十八度半',
    ],
    not: [
      ["can't breathe through my nose at night, it's so blocked", 'routine'],
      ['排队排得我想死的心都有了，药房几点开门', 'none'],
    ],
  },
};

describe('an emergency earlier in the conversation', () => {
  const after = (earlier: string, text: string) => {
    const first = screen(earlier);
    expect(first.triage).toBe('emergency');
    const facts = { emergency: { signs: first.signs ?? [], at: NOW.toISOString() } };
    return screenAt(text, facts, new Date(NOW.getTime() + 10 * 60 * 1000)).triage;
  };
  it.each([
    ['我爸刚才吞了一整瓶安眠药', '他说没事 不肯去医院'],
    ['my sister drank bleach about half an hour ago', 'she says she feels fine and refuses to go'],
    ['孩子刚才抽了两分钟 第一次', '现在不抽了 睡着了 要去医院吗'],
  ])('stays an emergency when the person will not go or asks if they must: %s / %s', (earlier, text) => {
    expect(after(earlier, text)).toBe('emergency');
  });
  it('lets go once a clinician has seen the person', () => {
    expect(after('孩子刚才抽了两分钟 第一次', '去医院看过了 医生说是热性惊厥 没事了')).not.toBe('emergency');
  });
  it('lets go after six hours', () => {
    const first = screen('孩子刚才抽了两分钟 第一次');
    const facts = { emergency: { signs: first.signs ?? [], at: NOW.toISOString() } };
    expect(screenAt('要去医院吗', facts, new Date(NOW.getTime() + 7 * 3600 * 1000)).triage).not.toBe('emergency');
  });
});

describe.each(Object.entries(FAMILIES))('%s', (_name, family) => {
  if (family.emergency.length)
    it.each(family.emergency)('emergency: %s', (text) => {
      expect(screen(text).triage).toBe('emergency');
    });
  it.each(family.not)('not an emergency: %s → %s', (text, level) => {
    expect(screen(text).triage).toBe(level);
  });
});

describe('bad input does not lower the level', () => {
  it.each([
    ['un\u00adconscious', 'emergency'],
    ['he is un\u00adconscious', 'emergency'],
    ['呼\u200b吸\u200b困\u200b难', 'emergency'],
    ['我爸\u0000喘不上气', 'emergency'],
    ['叫不醒\ud800', 'emergency'],
  ] as const)('%j → %s', (text, level) => {
    expect(screen(text).triage).toBe(level);
  });
});
