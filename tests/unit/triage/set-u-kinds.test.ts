/**
 * Kinds found by held-out set U (triage/eval/heldout-U.jsonl), fixed in the readers, the lexicon and
 * the rules. The sentences are new variants of each kind, not the set's cases; conversations are
 * screened as the engine screens them (scripts/eval-screen.ts screenCase).
 */
import { extractEntities } from '../../../nlp/entities';
import { extractPregnancyWeeks } from '../../../nlp/entities/pregnancy';
import { inConversation, langOf, NOW, screen } from './helpers';

const level = (text: string) => screen(text).triage;

describe('a baby’s age in weeks is not a pregnancy', () => {
  it.each([
    ['asking for my daughter, she is 5 weeks', undefined],
    ['my son is 9 weeks and has a cold', undefined],
    ['she is 33 weeks and has a headache', 33],
    ['I’m 12 weeks, my son has covid', 12],
    ['my wife is 35 weeks, the baby is moving less', 35],
  ])('"%s" → pregnancy weeks %s', (text, weeks) => {
    expect(extractPregnancyWeeks(text)).toBe(weeks);
  });

  it('a fever of 38.2 in a baby said earlier to be 6 weeks is an emergency, not a pregnant woman’s fever', () => {
    expect(inConversation('it’s about my boy, he is 6 weeks', 'his temperature is 38.2')).toBe('emergency');
  });
});

describe('asking what the signs are is a question, whatever words follow', () => {
  it.each([['心梗的早期信号有哪些'], ['脑梗的迹象是什么'], ['how can you tell if somebody is having a heart attack']])(
    '"%s" is not an emergency',
    (text) => {
      expect(level(text)).toBe('none');
    },
  );
  it('a question about a baby’s fever threshold is not a fever', () => {
    expect(inConversation('when does a baby need hospital?', 'what temp is a fever for a 6 week old?')).toBe('none');
  });
  it('the sign said of someone now, with the question, is still an emergency', () => {
    expect(level('我妈突然嘴歪了，说话不清楚，中风的信号是什么')).toBe('emergency');
  });
});

describe('a volume of blood, and blood said with the amount between', () => {
  it('"coughed up 150 mls of dark blood" is an emergency', () => {
    expect(level('coughed up 150 mls of dark blood')).toBe('emergency');
  });
});

describe('sepsis: shaking chills with a racing heart', () => {
  it.each([
    ['uncontrollable shivering, burning up and my heart is racing'],
    ['发高烧，浑身发抖停不下来，心跳得特别快'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('a racing heart after coffee, settled, is not', () => {
    expect(level('heart was racing after an espresso, fine now')).not.toBe('emergency');
  });
});

describe('a young child’s weak or high-pitched cry with a fever', () => {
  it.each([['my 3 year old has a fever and a strange high pitched cry'], ['两岁的孩子发烧，哭声很弱']])(
    '"%s" is an emergency (NICE NG143 red)',
    (text) => {
      expect(level(text)).toBe('emergency');
    },
  );
});

describe('hard to wake, in the words relatives use', () => {
  it('an 88-year-old who only opens her eyes after being called for ages is an emergency', () => {
    expect(inConversation('我奶奶88了，阳了', '叫了半天才睁眼，一直迷糊')).toBe('emergency');
  });
});

describe('a child with fever who will not drink and has not passed urine', () => {
  it('is an emergency (UK Sepsis Trust)', () => {
    expect(level('孩子发烧，一口水都不喝，一滴尿都没有')).toBe('emergency');
  });
});

describe('low mood earlier, then "tonight’s the night"', () => {
  it('the resolve after low mood is an emergency', () => {
    expect(inConversation('I’ve been so down lately', 'made up my mind, tonight is the night')).toBe('emergency');
  });
  it.each([['I have everything I need for the isolation, thanks'], ['tonight is the night of the big match']])(
    '"%s" alone is not',
    (text) => {
      expect(level(text)).toBe('none');
    },
  );
});

describe('a little short of air while talking normally stays urgent', () => {
  it.each([['坐着也有点气不够用，不过说话正常'], ['a bit short of air even sitting down, but talking normally']])(
    '"%s" is urgent, not 120',
    (text) => {
      expect(level(text)).toBe('urgent');
    },
  );
  it('short of air and unable to talk is an emergency', () => {
    expect(level('坐着也气不够用，话都说不完整')).toBe('emergency');
  });
});

describe('a reading said before the device', () => {
  it('"she’s 90 on the oximeter" is an SpO2 of 90, not an age', () => {
    const e = extractEntities('she’s 90 on the oximeter, normally 96', 'en', NOW);
    expect(e.spo2).toBe(90);
    expect(e.ages ?? []).not.toContain(90);
  });
});

describe('a long-term illness worse than usual, and a baby feeding half', () => {
  it('COPD with a cough worse than usual is urgent', () => {
    expect(level('我有慢阻肺，咳嗽比往常厉害')).toBe('urgent');
  });
  it('a cold with more phlegm is not urgent', () => {
    expect(level('感冒了，痰也多了')).not.toBe('urgent');
  });
  it('a 3-month-old taking half his usual bottle is urgent', () => {
    expect(level('my 3 month old is only taking half his usual bottle')).toBe('urgent');
  });
});

// ------------------------------------------------------------------ set V (triage/eval/heldout-V.jsonl)

describe('set V: head injuries in the words relatives use', () => {
  it.each([
    ['我爸摔了一跤磕到头，鼻子里往外流清水'],
    ['she came off her bike and was knocked out for a bit, now very sleepy'],
    ['孩子从床上摔下来撞到头，当时晕过去了几秒'],
  ])('"%s" is an emergency (NHS head injury)', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('fainting once last week, checked and fine, is still history', () => {
    expect(level('上周晕过一次，医院查过没事了')).not.toBe('emergency');
  });
});

describe('set V: signs with words in between or a variant spelling', () => {
  it.each([
    ['I’m 35 weeks and the baby has been moving less than normal'],
    ['不想活了，今晚就把这一切都结束'],
    ['inhaler not effective, can not complete a sentence'],
    ['宝宝发烧，身上的小红点按压不退色'],
    ['外婆血压七十五四十五，一直冒冷汗'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('set V: an EpiPen, a saying, a supply question are not a reaction', () => {
  it.each([
    ['where can I get a new EpiPen, mine is out of date'],
    ['my neighbour said grey lips means a heart attack, is that true?'],
    ['听说嘴唇发紫就是缺氧，是真的吗'],
  ])('"%s" is not an emergency', (text) => {
    expect(level(text)).not.toBe('emergency');
  });
  it('an EpiPen used now is', () => {
    expect(level('I just had to use the EpiPen on my son, his lips are swelling')).toBe('emergency');
  });
});

describe('set V: breathless only on exertion, fine at rest', () => {
  it('"走快了就上气不接下气，坐下歇会儿就好了" is routine', () => {
    expect(level('走快了就上气不接下气，坐下歇会儿就好了')).toBe('routine');
  });
});

describe('set V: after an emergency, the person narrows it', () => {
  it('chest discomfort, then "only when I cough, not otherwise" is urgent, not 120', () => {
    expect(
      inConversation('my chest feels uncomfortable, covid day 4', 'only when I cough, otherwise it is fine'),
    ).not.toBe('emergency');
  });
  it('but "still hurts and I am sweating" keeps the emergency', () => {
    expect(inConversation('胸口疼得厉害', '休息了一会儿，还在疼，出冷汗')).toBe('emergency');
  });
});

describe('set V: the hotline’s own turns in a conversation are not the person’s words', () => {
  it('"no" after the hotline asked about breathing difficulty is not breathing difficulty', () => {
    expect(inConversation('买了个血氧仪', '（回复）您现在有呼吸困难吗？', '没有，我只是问问怎么用')).toBe('none');
  });
  it('an SpO2 said last after being asked to re-measure is read', () => {
    expect(
      inConversation('刚才量了血氧', '(reply) Please sit still for 5 minutes and measure again', '坐着量的，91'),
    ).toBe('urgent');
  });
});

describe('set V: passive thoughts of death without a plan are urgent', () => {
  it('"I hope I don’t wake up, but I won’t do anything" is urgent', () => {
    expect(level('some nights I hope I don’t wake up, but I won’t do anything')).toBe('urgent');
  });
});

// ------------------------------------------------------------------ set W (triage/eval/heldout-W.jsonl)

describe('set W: babies not feeding, in plain, Chinglish and Cantonese words', () => {
  it.each([
    ['my 5 week old has not fed at all since this morning'],
    ['my boy got fever and red spots on his arm, i press it, not go away'],
    ['BB成日瞓唔醒，奶都唔肯饮'],
    ['孩子发烧，一口水都不肯喝，尿也没有'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('a toddler refusing food, a bit sleepy but waking and playing, is not (NICE amber, urgent)', () => {
    expect(level('my 2 year old is refusing food today and a bit sleepy but wakes up and plays')).not.toBe('emergency');
  });
});

describe('set W: not emergencies that read like one', () => {
  it.each([
    ['我没有想自杀，就是想问问心理热线的号码'],
    ['if someone’s throat swells after a bee sting, should I give the epipen first or call?'],
    ['is it normal to feel breathless during a panic attack? asking for a school project'],
    ['the ambulance came and took him, they said he is stable'],
    ['sats were 88 on my old oximeter but a new one says 97, I feel fine'],
  ])('"%s" is not an emergency', (text) => {
    const turns = text.startsWith('the ambulance') ? ['my dad collapsed', text] : [text];
    expect(inConversation(...turns)).not.toBe('emergency');
  });
  it('a low SpO2 said as yesterday’s, with no newer reading, is still an emergency', () => {
    expect(level('sats were 86 yesterday')).toBe('emergency');
  });
});

describe('set W: breathless but talking, skipped beats, feeling faint', () => {
  it.each([
    ['有点气短，走平地也喘，坐着还行'],
    ['喘得比之前明显，说话倒还行'],
    ['heart skipping beats and I felt a bit faint, fine now'],
  ])('"%s" is urgent, not 120', (text) => {
    expect(level(text)).toBe('urgent');
  });
});

describe('set W: one extra tablet by mistake, and a fever that medicine does not bring down', () => {
  it('one extra paracetamol by accident with no symptoms is not urgent (NHS)', () => {
    expect(level('I accidentally took one extra paracetamol tablet')).not.toBe('urgent');
  });
  it('an extra tablet with a symptom is', () => {
    expect(level('accidentally took 2 extra ibuprofen and my stomach hurts')).toBe('urgent');
  });
  it.each([['吃了退烧药，体温还是降不下来，39度3'], ['temp 39 for two days, ibuprofen barely touches it']])(
    '"%s" is urgent',
    (text) => {
      expect(level(text)).toBe('urgent');
    },
  );
});

describe('set W: 发稍 heard for 发烧, and the real word 发梢 left alone', () => {
  it('an 83-year-old "阳了发稍两天" is urgent', () => {
    expect(level('我妈八十三了，阳了发稍两天')).toBe('urgent');
  });
  it('"头发发梢分叉" is nothing', () => {
    expect(level('头发发梢分叉了')).toBe('none');
  });
});

// ------------------------------------------------------------------ set X (triage/eval/heldout-X.jsonl)

describe('set X: emergencies that had screened none', () => {
  it.each([
    ['I want die, I cut my wrists'],
    ['his glucose meter just says HI and he keeps vomiting'],
    ['dad’s taken all his tramadol, the bottle is empty, he is very drowsy'],
    ['my grandma has covid and her nail beds look bluish'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it.each([
    [['我爸阳了，家里有血氧仪'], '刚测的八十五，还在往下掉'],
    [['他有糖尿病，打胰岛素'], '刚测的2.4，人有点迷糊'],
    [['宝宝发烧了'], 'BB得一个月，三十八度一'],
  ])('after %j, "%s" is an emergency', (history, text) => {
    expect(inConversation(...history, text)).toBe('emergency');
  });
});

describe('set X: not emergencies', () => {
  it.each([
    ['那个我想问一下，如果老人血氧低于九十要不要打一二零'],
    ['孕妇胎动少了要注意什么？就问问'],
    ['I took all my antibiotics as prescribed and feel better'],
  ])('"%s" is not an emergency', (text) => {
    expect(level(text)).not.toBe('emergency');
  });
  it.each([
    ['我爸有慢阻肺，比平时喘得厉害些，但还能正常说话'],
    ['有点喘不过气的感觉，血氧95'],
    ['toddler is lethargic and not interested in anything, still drinking'],
  ])('"%s" is urgent, not 120', (text) => {
    expect(level(text)).toBe('urgent');
  });
  it('a real drop in SpO2 with a little breathlessness is still an emergency', () => {
    expect(level('有点喘不过气，血氧89')).toBe('emergency');
  });
});

// ------------------------------------------------------------------ set Y (triage/eval/heldout-Y.jsonl)

describe('set Y: a seizure still going, a reliever that does nothing', () => {
  it.each([['孩子发烧，手脚抽了一下又一下，现在还在抽'], ['哮喘犯了，喷了好几下一点用都没有，越来越喘']])(
    '"%s" is an emergency',
    (text) => {
      expect(level(text)).toBe('emergency');
    },
  );
  it('"a little" said as a little wheezy stays mild', () => {
    expect(level('a little wheezy, the inhaler helped straight away')).not.toBe('emergency');
  });
});

describe('set Y: asking about a risk is not a sign now', () => {
  it.each([['my mum had a stroke years ago, does covid raise the risk of another one?'], ['新冠会增加心梗的风险吗']])(
    '"%s" is not an emergency',
    (text) => {
      expect(level(text)).not.toBe('emergency');
    },
  );
});

// ------------------------------------------------------------------ set Z (triage/eval/heldout-Z.jsonl)

describe('set Z: an overdose told across turns, a dry nappy, smoke', () => {
  it('"I can’t take it anymore", the sleeping pills, then "took the lot" is an emergency', () => {
    expect(
      inConversation(
        'i cant take it anymore',
        'there is a box of sleeping tablets here',
        'took all of them, the whole box',
      ),
    ).toBe('emergency');
  });
  it.each([
    ['my 2 year old hasn’t had a wet nappy in 15 hours and is very drowsy'],
    ['kitchen fire, my dad breathed in smoke and is wheezing and hoarse'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('a baby "一个半月" not feeding, with a weak cry, is an emergency', () => {
    expect(inConversation('宝宝一个半月', '现在喂奶一口都不吃，哭声也很弱')).toBe('emergency');
  });
});

describe('set Z: not 120', () => {
  it('heart failure with ankles more swollen and more breathless lying flat is urgent', () => {
    expect(level('mum has heart failure, her ankles are more swollen and she is more breathless lying flat')).toBe(
      'urgent',
    );
  });
  it('a mild wheeze the inhaler sorts out straight away is home care', () => {
    expect(level('bit wheezy with this cold, my inhaler sorts it out straight away')).toBe('routine');
  });
  it('asking whether a baby under three months with a fever must go to hospital is a question', () => {
    expect(level('宝宝不满三个月发烧要马上去医院吗')).toBe('none');
  });
});

// ------------------------------------------------------------------ false emergencies found by intents set I4

describe('I4: names and phone words that are not signs', () => {
  it.each([
    ['我爸85了 有高血压和心脏病 阳了有点咳嗽 能吃连花清瘟吗'],
    ['my GP isn’t answering the phone, can someone ring me back'],
    ['能不能找个人接电话，机器说的我听不懂'],
  ])('"%s" is not an emergency', (text) => {
    expect(level(text)).not.toBe('emergency');
  });
  it.each([['我爸有心脏病，现在胸口压着疼'], ['my mum is not answering me and I can’t wake her']])(
    '"%s" still is',
    (text) => {
      expect(level(text)).toBe('emergency');
    },
  );
});

// ------------------------------------------------------------------ kinds found by set AA

describe('AA: a phrase written for one person reads for every other', () => {
  it.each([
    ['I hit my head and now I can’t get my words out'],
    ['she fell, banged her head, and can’t get her words out'],
    ['we can’t wake them up'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('AA: "once" before a clause is "when", not an episode that is over', () => {
  it('a plan to end one’s life "once the kids are in bed" is an emergency', () => {
    expect(level('I’m going to kill myself once the kids are in bed')).toBe('emergency');
  });
  it('a faint once this morning, fine since, is not', () => {
    expect(level('she fainted once this morning, been fine since')).not.toBe('emergency');
  });
});

describe('AA: readings said as a change', () => {
  it.each([
    ['dad’s oxygen went from 95 down to 87 in an hour', 87],
    ['sats 96 this morning, now 89', 89],
    ['血氧从九十六掉到了八十七', 87],
  ])('"%s" → SpO2 %s', (text, spo2) => {
    expect(extractEntities(text, langOf(text), NOW).spo2).toBe(spo2);
  });
  it('an SpO2 in one turn, then "现在变成了八十六" in the next, is an emergency', () => {
    expect(inConversation('我爸血氧刚测是96', '现在变成了八十六')).toBe('emergency');
  });
  it('"pulse has been around 125 all day" is a heart rate (a clinician today)', () => {
    expect(extractEntities('his pulse has been around 125 all day', 'en', NOW).heartRate).toBe(125);
    expect(level('his pulse has been around 125 all day with this fever')).toBe('urgent');
  });
});

describe('AA: drowning is a 120 call once the person is out of the water (St John Ambulance)', () => {
  it.each([
    ['我儿子在游泳池里呛水沉下去了，刚救上来，脸发白'],
    ['my toddler fell into the pond, we got her out, she is coughing'],
    ['he nearly drowned at the beach an hour ago, seems ok now'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it.each([['I’m drowning in paperwork and have a sore throat'], ['what are the signs of dry drowning?']])(
    '"%s" is not',
    (text) => {
      expect(level(text)).not.toBe('emergency');
    },
  );
});

describe('AA: hard to rouse, and blue nail beds with cold clammy skin', () => {
  it.each([
    ['grandad is so drowsy we can barely rouse him'],
    ['her fingernails have gone blue and her skin is cold and clammy'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('AA: a known epilepsy’s usual seizure, over and come round, is not a 120 call (NHS)', () => {
  it.each([
    ['my daughter has epilepsy, she just had her usual kind of fit, about a minute, she’s come round and is sleepy'],
    ['我老公有癫痫，刚才发作了一次，老样子，一分钟就停了，现在人清醒了'],
  ])('"%s" is not an emergency', (text) => {
    expect(level(text)).not.toBe('emergency');
  });
  it.each([
    ['my son has epilepsy, he’s been fitting for 7 minutes and it’s not his usual'],
    ['他有癫痫，这次抽了很久还没醒过来'],
    ['she’s never had a seizure before, she had one just now and came round'],
  ])('"%s" still is', (text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('AA: narrowing and softening', () => {
  it('after chest pressure with a sweat, "只有走路的时候疼" is still a clinician today, not nothing', () => {
    expect(inConversation('胸口压得慌，出了一身冷汗', '只有走路的时候疼')).toBe('urgent');
  });
  it('a COPD patient a bit more breathless than usual is a clinician today, not 120', () => {
    expect(level('老伴有慢阻肺，这两天比平时喘得厉害一点')).toBe('urgent');
  });
  it('breathless on the stairs and fine resting, in either order, is home care', () => {
    expect(level('get puffed going up stairs, but sitting down I’m fine')).toBe('routine');
  });
  it('a sharp pain on breathing in is a clinician today (NHS pleurisy)', () => {
    expect(level('每次深呼吸右边胸口下面就刺痛')).not.toBe('routine');
    expect(level('it hurts low on my right side when I take a deep breath')).toBe('urgent');
  });
  it('a fever medicine taken and the temperature still 39 hours later is a clinician today', () => {
    expect(level('gave her ibuprofen 4 hours ago and she is still 39.4')).toBe('urgent');
  });
  it('a child vomiting even water is a clinician today', () => {
    expect(level('my 4 year old keeps throwing up water since this morning')).toBe('urgent');
  });
});

describe('a colour said without its own body site is the site said before it', () => {
  it('"my fingers go blue in the cold, otherwise fine" is not 120 (not the lips)', () => {
    expect(level('my fingers go blue in the cold, otherwise fine')).not.toBe('emergency');
  });
  it.each([['his hands are cold and his lips are going blue'], ['she is going blue and not breathing right']])(
    '"%s" still is',
    (text) => {
      expect(level(text)).toBe('emergency');
    },
  );
});

// ------------------------------------------------------------------ kinds found by set AB

describe('AB: formal and sound-alike words for signs', () => {
  it.each([
    ['老人嘴唇发甘，喘气很急'],
    ['患者突然意识丧失，呼之不应'],
    ['怀孕三十五周，今天一上午都没感觉到肚子里的孩子动'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
});

describe('AB: the worst headache ever, in other words (NHS: thunderclap headache)', () => {
  it.each([
    ['头一下子疼起来了，有生以来最疼的一次'],
    ['worst headache of my life came on out of nowhere'],
    ['my head hurts like I was hit with a hammer'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('asking what to do if one ever comes is not', () => {
    expect(level('if I ever get the worst headache of my life, do I call 120?')).not.toBe('emergency');
  });
});

describe('AB: pregnancy with blurred sight and a severe headache', () => {
  it('"眼睛花了，头疼得受不了" at 36 weeks is an emergency', () => {
    expect(inConversation('我怀孕36周', '眼睛花了，头疼得受不了')).toBe('emergency');
  });
  it('"头晕眼花" without a pregnancy is not', () => {
    expect(level('这两天头晕眼花，有点咳嗽')).not.toBe('emergency');
  });
});

describe('AB: a throat too sore to swallow saliva is a clinician today, not anaphylaxis (NHS quinsy)', () => {
  it.each([
    ['喉咙痛得厉害，咽不下口水，左边扁桃体肿起来了'],
    ['sore throat on one side, I can’t even swallow my own saliva'],
  ])('"%s" is urgent', (text) => {
    expect(level(text)).toBe('urgent');
  });
  it('a throat closing after eating prawns still is an emergency', () => {
    expect(level('吃了虾以后喉咙发紧，咽不下口水')).toBe('emergency');
  });
});

describe('AB: words that are not the sign they look like', () => {
  it.each([
    ['眼睛全是红血丝，昨晚没睡好'],
    ['a banging head and a blocked nose from this cold'],
    ['wheezy when I run for the bus, settles in a few minutes'],
  ])('"%s" is not urgent or worse', (text) => {
    expect(['routine', 'none']).toContain(level(text));
  });
  it.each([
    ['婴儿多大以内发烧要马上去医院'],
    ['孩子以前高热惊厥过，下次发烧要注意什么'],
    ['is it safe to take my blood pressure tablets while I have covid'],
    ['如果孩子误吃了药，要先催吐吗'],
  ])('"%s" is a question', (text) => {
    expect(level(text)).toBe('none');
  });
  it('phlegm with red streaks is still blood-streaked phlegm', () => {
    expect(level('痰里有红血丝')).toBe('urgent');
  });
});

// ------------------------------------------------------------------ emergencies missed in intents set I5

describe('I5: thoughts of not being here with the means at hand, and a reading after 刚测', () => {
  it.each([['can’t face another day, I’ve got a whole bottle of tablets here'], ['不想活了，一盒安眠药就在床头']])(
    '"%s" is an emergency',
    (text) => {
      expect(level(text)).toBe('emergency');
    },
  );
  it('hopelessness with someone beside them, and no means, is a clinician today, not 120', () => {
    expect(level('feeling hopeless lately, my sister is next to me')).toBe('urgent');
  });
  it('"指夹刚测85" is an SpO2 of 85', () => {
    expect(extractEntities('指夹刚测85，有点喘', 'zh', NOW).spo2).toBe(85);
  });
});

// ------------------------------------------------------------------ kinds found by set AC

describe('AC: emergencies in other words', () => {
  it.each([
    ['the spots on her legs are still there when I press a glass on them, and she is burning up'],
    ['came off his bike, his arm is at a funny angle and you can see the bone'],
    ['滑倒了，小腿骨头戳出来了'],
    ['拉的都是血，人站起来就头晕'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('a sprain he can walk on is not', () => {
    expect(level('twisted my ankle, it is swollen but I can walk on it')).not.toBe('emergency');
  });
});

describe('AC: words that only look like the sign', () => {
  it('"the dosing chart confuses me" is not confusion', () => {
    expect(level('the dosing chart on the calpol box confuses me')).not.toBe('emergency');
  });
  it('"now she is confused" after a fall still is', () => {
    expect(level('she fell and now she is confused')).toBe('emergency');
  });
});

describe('AC: readings and rates said plainly', () => {
  it('"38 every night even after paracetamol" in a fever of 5 days is a temperature', () => {
    expect(extractEntities('fever for 5 days, 38 every night even after paracetamol', 'en', NOW).temperatureC).toBe(38);
  });
  it('"my husband is 39 and has a fever" is an age, not a temperature', () => {
    expect(extractEntities('my husband is 39 and has a fever', 'en', NOW).temperatureC).toBeUndefined();
  });
  it('a heart going "扑通扑通" is palpitations, a clinician today', () => {
    expect(level('这两天心扑通扑通的，一百多下')).toBe('urgent');
  });
  it('breathless walking fast and fine resting ("歇着就没事") is home care', () => {
    expect(level('爬坡的时候有点喘，歇着就没事')).toBe('routine');
  });
  it('what to watch for "以后" after a febrile convulsion that was checked is a question', () => {
    expect(inConversation('女儿去年高烧抽过一次', '医院说没事了，想问以后发烧要注意什么')).toBe('none');
  });
});

// ------------------------------------------------------------------ kinds found by set AD

describe('AD: emergencies in other words', () => {
  it.each([
    ['my 2 year old has a fever and only wakes when we shake her, then she drifts straight back off'],
    ['his pulse is only 36 and he keeps nearly fainting'],
    ['she fell from the loft ladder and was knocked out, now clear fluid from her nose'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('asking whether "only wakes if shaken" needs 120 is still a question', () => {
    expect(level('if a child only wakes when shaken should we call 120?')).toBe('none');
  });
});

describe('AD: readings and amounts said in other words', () => {
  it('"血氧这几天都在91" is an SpO2 of 91', () => {
    expect(extractEntities('我爸血氧这几天都在91', 'zh', NOW).spo2).toBe(91);
  });
  it('a temperature that "stays 39 even after the medicine" is not coming down (a clinician today)', () => {
    expect(level('fever stays 39.2 even after the medicine')).toBe('urgent');
  });
  it('a baby feeding half as much as usual is a clinician today', () => {
    expect(inConversation('my son is 5 months old', 'he is only taking half his usual milk since the cold')).toBe(
      'urgent',
    );
  });
});

describe('AE: new confusion in lay words, a strange cry, memory after a head injury', () => {
  it.each([
    ['my nan suddenly has no idea where she is and keeps asking for her mum who died years ago'],
    ['爷爷今天突然不知道自己在什么地方，一直找早就去世的奶奶'],
    ['宝宝发烧39.5，哭声很尖，跟平时不一样，奶也不吃'],
    ['baby has a temperature and a weird cry, high pitched scream, won’t feed'],
    ['他从梯子上摔下来磕到头，一直问同一个问题，刚说完就忘'],
    ['she hit her head on the cupboard and now she can’t remember what happened, keeps asking the same thing'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('an 80-year-old with covid who is barely eating is a clinician today', () => {
    expect(level('我外婆八十六岁，阳了，人清醒，就是不怎么吃东西')).toBe('urgent');
  });
});

describe('AE: not 120', () => {
  it.each([
    // NICE NG143: nasal flaring alone is amber.
    ['my 3 year old’s nostrils are flaring a little and he is breathing a bit quick, colour fine', 'urgent'],
    ['孩子两岁，鼻翼有点一扇一扇的，呼吸稍微快一点，脸色正常', 'urgent'],
    // A dry nappy for a morning is reduced urine output (amber), not 12 hours without (red).
    ['宝宝一个上午尿布是干的，嘴唇有点干，精神还可以', 'urgent'],
  ])('"%s" → %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });
  it.each([
    ['nasal flaring with fast hard breathing', '宝宝呼吸很快很费劲，鼻翼一扇一扇的'],
    ['nasal flaring and grunting', 'my toddler’s nostrils are flaring and he grunts with every breath'],
  ])('%s stays an emergency', (_kind, text) => {
    expect(level(text)).toBe('emergency');
  });
  it('a corrected reading is read as corrected, either way', () => {
    expect(extractEntities('我说血氧86是看错了，其实是96', 'zh', NOW).spo2).toBe(96);
    expect(extractEntities('sats 97, sorry I meant 87', 'en', NOW).spo2).toBe(87);
    expect(extractEntities('体温不是39.8，是38.9', 'zh', NOW).temperatureC).toBe(38.9);
    expect(level('oxygen 97, no wait, 87, and he is struggling to breathe')).toBe('emergency');
  });
  it('a reading moving between two numbers keeps the lower', () => {
    expect(extractEntities('测血氧，一直在91到93之间跳', 'zh', NOW).spo2).toBe(91);
  });
});

describe('AE: a sign told as the background of a question, after an event years back', () => {
  it.each([
    ['my throat closed up after amoxicillin about ten years ago, is paxlovid ok for me?'],
    ['我爸三年前脑梗过，现在左手还有点没劲，能吃布洛芬吗'],
  ])('"%s" is not an emergency', (text) => {
    expect(level(text)).not.toBe('emergency');
  });
  it.each([
    ['三年前脑梗过，今天左手又没劲了，能吃布洛芬吗'],
    ['years ago I had a reaction to penicillin, now my lips are swelling, can I take an antihistamine?'],
    ['my mum had a stroke 4 years ago, her face is drooping, can she have paxlovid?'],
  ])('"%s" (new, again, or said now) stays an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('"之前住" is not a sound-alike of 呛住', () => {
    expect(level('我妈之前住过院，出院半个月了，恢复得挺好，什么时候复查')).toBe('none');
  });
});

describe('AF: signs in other words, and two families that were missing', () => {
  it.each([
    ['she keeps nodding off while I talk to her, cannot keep awake'],
    ['dad keeps asking what year it is and thinks I am his brother, he was fine this morning'],
    ['suddenly lost sight in my right eye, like a curtain'],
    ['爷爷咳血咳了好多，整张纸巾都是血'],
    ['孩子哮喘发作了，喷了没用，还是喘得厉害'],
    ['my wife is 38 weeks, her waters went and she says she can feel the cord'],
    ['羊水破了，低头一看脐带露出来了'],
    ['our 13 year old has sudden bad pain in his testicle and has been sick twice'],
    ['儿子十二岁，睾丸突然剧痛，疼得直不起腰'],
    ['toddler no pee all day, eyes sunken, vomits every drink'],
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
  it('a baby "刚满六周" is a young infant: a fever of 38 is 120', () => {
    expect(inConversation('我家宝宝刚满六周', '刚才量了三十八度一')).toBe('emergency');
  });
  it.each([
    ['puffed out going upstairs since covid, fine sitting down', 'routine'],
    ['听说抽风的时候要往嘴里塞筷子，这个对不对', 'none'],
    ['testicle a bit sore since yesterday, no swelling', 'urgent'],
  ])('"%s" → %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });
  it('a neck stiff from sleeping "at a funny angle" is not a broken bone', () => {
    expect(level('slept at a funny angle on the sofa, stiff neck, no fever, no headache')).not.toBe('emergency');
  });
  it('a COPD patient more breathless than usual but speaking easily is a clinician today', () => {
    expect(inConversation('我爸有慢阻肺，七十五了', '这几天喘得比平时厉害，不过说话还利索')).toBe('urgent');
  });
});
