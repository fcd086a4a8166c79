/**
 * Routing kinds of issue 8 (round 4), each as a family of paraphrases written for this test (none taken
 * from an evaluation set): a named regular medicine or a drink with a fever medicine is a pair; "which
 * medicine" for a described person is a condition question; a fever that returns after the medicine is a
 * symptom; complaints, parcels, noise and policy are out of scope; an opening with no subject is a
 * greeting; "那隔离呢" turns to another subject; a menu is not offered when the words name one of the two
 * candidates; a temperature told as news is a reading; status, rides and destinations by their shape.
 */
import type { Classification, ConversationState, IntentId, Lang } from '../../../core/types';
import {
  asksClinicHours,
  asksToGoBack,
  decideRoute,
  isBareOpening,
  outOfScopeAsk,
  subjectSwitch,
} from '../../../conversation/routing';
import { routeMedicineQuestion } from '../../../domains/medication/medicine-questions';
import { followUpOf } from '../../../domains/medication/follow-ups';
import { asksAfterEarlier, asksForRide, cannotGetThere, vagueAskFor } from '../../../domains/tickets/service-shapes';
import { readDestination } from '../../../domains/tickets/slots';
import { reportsTemperature } from '../../../domains/symptoms/readings';
import { asksForWarningSigns } from '../../../domains/symptoms/warning-signs';
import { extractEntities } from '../../../nlp/entities';

const NOW = new Date('2026-12-01T10:00:00+08:00');
const entitiesOf = (text: string, lang: Lang) => extractEntities(text, lang, NOW);
const langOf = (text: string): Lang => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en');
const route = (text: string, heard: IntentId, unsure = false) =>
  routeMedicineQuestion(text, langOf(text), entitiesOf(text, langOf(text)), {}, heard, unsure);
const cls = (intent: IntentId, score: number, second?: IntentId, secondScore = 1 - score): Classification => ({
  intent,
  score,
  alternatives: second ? [{ intent: second, score: secondScore }] : [],
});
const EMPTY: ConversationState = { facts: {} };

describe('a regular medicine or a drink with a fever or cold medicine', () => {
  it.each([
    '我妈一直在吃华法林，能给她吃点布洛芬吗',
    '他每天吃氨氯地平，可以吃连花清瘟吗',
    'my dad takes warfarin every day, is ibuprofen alright for him',
    'is it safe to take lianhua qingwen on top of my amlodipine?',
  ])('"%s" is a pair to check, even heard as a condition question', (text) => {
    expect(route(text, 'medication.condition')).toBe('medication.combination');
  });

  it.each([
    '昨天晚上喝了几瓶啤酒，现在能吃泰诺林吗',
    '吃了布洛芬能喝点红酒吗',
    'had two glasses of wine tonight, can I still take paracetamol',
    'is one beer ok after tylenol?',
  ])('"%s" (a drink, once) is a pair, not a condition', (text) => {
    expect(route(text, 'medication.condition')).toBe('medication.combination');
  });

  it.each(['我在吃华法林，发烧了选哪种退烧药好', "I'm on warfarin, which painkiller should I use for the aches"])(
    '"%s" asks which medicine: a condition question',
    (text) => {
      expect(route(text, 'medication.combination')).toBe('medication.condition');
    },
  );

  it.each(['必理痛同布洛芬可唔可以一齐食', 'can he have the cough syrup with his asthma medicine'])(
    '"%s" (together in Cantonese, with his own medicine) is a pair',
    (text) => {
      expect(route(text, 'medication.dose')).toBe('medication.combination');
    },
  );
});

describe('which medicine for a described person', () => {
  it.each([
    ['我外婆87岁，有心衰，咳嗽吃什么药安全', 'symptom.advice'],
    ['my grandpa is 91 with parkinsons and a cold, which cold medicine is safest for him', 'symptom.advice'],
    ['what can a 5 month old have for a temperature of 38', 'medication.condition'],
  ] as const)('"%s" is a condition question', (text, heard) => {
    expect(route(text, heard, true)).toBe('medication.condition');
  });

  it('a cough with "what medicine" but nobody described stays with the classifier', () => {
    expect(route('咳嗽吃什么药', 'symptom.advice')).toBeUndefined();
  });
});

describe('a fever that comes back after the medicine', () => {
  it.each([
    ['烧了三天了，吃了退烧药就退，过几个小时又烧起来', 'medication.dose'],
    ['fever of 39 since saturday, the paracetamol only works for a few hours', 'isolation.release'],
  ] as const)('"%s" is a symptom to advise on', (text, heard) => {
    expect(route(text, heard)).toBe('symptom.advice');
  });

  it('still gets the dose when the dose is asked', () => {
    expect(route('过几个小时又烧起来了，布洛芬一次吃几片', 'symptom.advice')).toBe('medication.dose');
  });
});

describe('out of scope by what is asked for', () => {
  it.each([
    ['发热门诊的医生态度很差，我要投诉', 'clinic.find'],
    ['网上买的布洛芬快递弄丢了，找谁', 'medication.dose'],
    ['楼下邻居整晚咳嗽声音很大，吵得睡不着', 'symptom.advice'],
    ['放开政策到底对不对', 'greeting'],
    ['the receptionist at the fever clinic was so rude, where do I complain', 'clinic.find'],
    ['the courier lost my parcel of test kits', 'medication.safety'],
    ['my neighbour coughs so loud all night, please tell them to stop', 'symptom.advice'],
    ['was the government right to lift the restrictions?', 'isolation.release'],
  ] as const)('"%s" is out of scope, not %s', (text, heard) => {
    expect(outOfScopeAsk(text, heard)).toBe(true);
  });

  it.each([
    ['邻居咳嗽很大声，会不会传染给我们', 'isolation.home'],
    ['my neighbour is so loud coughing, can I catch it through the wall?', 'isolation.home'],
    ['送药的快递员一直没来', 'service.status'],
  ] as const)('"%s" keeps its answer (a health question, or a request asked after)', (text, heard) => {
    expect(outOfScopeAsk(text, heard)).toBe(false);
  });
});

describe('an opening with no subject yet', () => {
  it.each([
    '您好，我想咨询一下',
    '你好，请问',
    '你好 想问个事',
    '我想问一下',
    'hi, I have a question',
    'hello, can I ask you something?',
  ])('"%s" is a greeting', (text) => {
    expect(isBareOpening(text)).toBe(true);
    expect(decideRoute(text, undefined, cls('fallback', 0.7), EMPTY)).toMatchObject({ intent: 'greeting' });
  });

  it.each(['你好，我想问一下布洛芬怎么吃', 'hi, I have a question about isolation'])('"%s" has a subject', (text) => {
    expect(isBareOpening(text)).toBe(false);
  });
});

describe('a turn to another subject', () => {
  it.each([
    ['那隔离呢', 'isolation.home'],
    ['那居家隔离呢？', 'isolation.home'],
    ['and isolation?', 'isolation.home'],
    ['what about quarantine', 'isolation.home'],
    ['那发热门诊呢', 'clinic.find'],
    ['and transport?', 'service.transport'],
  ] as const)('"%s" asks about %s', (text, intent) => {
    expect(subjectSwitch(text)).toBe(intent);
  });

  it('is asked now, even while an optional medicine question waits', () => {
    const state: ConversationState = {
      facts: {},
      pending: { intent: 'medication.dose', slot: 'medicine', data: { optional: true } },
    };
    expect(decideRoute('那隔离呢', undefined, cls('greeting', 0.4, 'isolation.home', 0.33), state)).toMatchObject({
      kind: 'handler',
      intent: 'isolation.home',
    });
  });

  it.each(['那隔离期间能吃布洛芬吗', 'and isolation for a baby, how long?', '那孩子呢'])(
    '"%s" is not a bare subject',
    (text) => {
      expect(subjectSwitch(text)).toBeUndefined();
    },
  );
});

describe('unsure between two intents, the words name one', () => {
  it.each([
    ['想找个医生问一下，我嗓子疼了一周吃药都没好', 'symptom.advice', 'service.doctor', 'service.doctor'],
    [
      "my manager wants me back at the office on monday, I'm on day 3",
      'symptom.advice',
      'isolation.release',
      'isolation.release',
    ],
    ['只有我一个人没阳，要不要搬出去住', 'isolation.release', 'isolation.home', 'isolation.home'],
    [
      'how many days will I need to isolate for after a positive test?',
      'isolation.home',
      'isolation.release',
      'isolation.release',
    ],
    ['阳了以后在家隔离几天', 'isolation.home', 'isolation.release', 'isolation.release'],
  ] as const)('"%s" is answered as %s', (text, first, second, expected) => {
    expect(decideRoute(text, undefined, cls(first, 0.5, second, 0.5), EMPTY)).toMatchObject({
      kind: 'handler',
      intent: expected,
    });
  });

  it('a subject with a greeting or a goodbye as runner-up is answered', () => {
    expect(
      decideRoute('my wife tested positive', undefined, cls('isolation.home', 0.55, 'goodbye', 0.3), EMPTY),
    ).toMatchObject({
      intent: 'isolation.home',
    });
  });

  it('two real candidates and no word naming either still ask', () => {
    expect(decideRoute('怎么办', undefined, cls('symptom.advice', 0.5, 'service.transport', 0.5), EMPTY)).toEqual({
      kind: 'clarify',
      choices: [],
    });
  });
});

describe('a temperature told as news', () => {
  it.each(['现在38.6 她70岁 没什么基础病', "it's 38.4 now, haven't taken anything", '刚量了39度'])(
    '"%s" is a reading',
    (text) => {
      expect(reportsTemperature(text, entitiesOf(text, langOf(text)))).toBe(true);
    },
  );

  it.each(['现在38.6，能吃布洛芬吗', 'temp is 38.5, what can she take?', '38.5度了，能派车送去医院吗', '体温36.5'])(
    '"%s" asks something else, or is no fever',
    (text) => {
      expect(reportsTemperature(text, entitiesOf(text, langOf(text)))).toBe(false);
    },
  );
});

describe('more about the person after a medicine answer', () => {
  it.each(['嗯 我现在20周了 就是鼻塞', 'she is 79, forgot to say'])(
    '"%s" re-asks the last question for them',
    (text) => {
      expect(followUpOf(text, {}, true)).toEqual({});
    },
  );

  it('a question of its own is not', () => {
    expect(followUpOf('她79岁，能吃布洛芬吗', { medicines: ['ibuprofen'] }, true)).toBeUndefined();
  });
});

describe('services by their shape', () => {
  it.each(['我爸的透析车是不是已经安排好了', '上次的送药有没有约好', '车已经订好了吧 司机什么时候到'])(
    '"%s" asks after an earlier request',
    (text) => {
      expect(asksAfterEarlier(text, 'zh')).toBe(true);
    },
  );

  it('"帮我安排好车" is a new request', () => {
    expect(asksAfterEarlier('帮我安排个车去医院', 'zh')).toBe(false);
  });

  it.each([
    ['is there a car service to take me to the hospital? not an emergency', 'en'],
    ['any shuttle to the fever clinic for people who tested positive?', 'en'],
    ['有没有车可以送我去发热门诊', 'zh'],
  ] as const)('"%s" asks for a ride', (text, lang) => {
    expect(asksForRide(text, lang)).toBe(true);
  });

  it('"where is the fever clinic" asks for no ride', () => {
    expect(asksForRide('where is the nearest fever clinic?', 'en')).toBe(false);
  });

  it('a pregnant woman who cannot get to her check-up asks for transport', () => {
    const text =
      "I'm 33 weeks pregnant, my antenatal check-up is on Friday and no taxi will come into our estate. Is there anything you can do?";
    expect(vagueAskFor(text, 'en')).toBe('service.transport');
  });

  it.each([
    ['I need a car to take my dad to the hospital for a check-up', 'hospital (check-up)'],
    ['for a follow-up at the community health centre', 'community health centre (follow-up)'],
    ['to Zhejiang Provincial People’s Hospital tomorrow', 'Zhejiang Provincial People’s Hospital'],
  ])('"%s" goes to %s', (text, destination) => {
    expect(readDestination(text)).toBe(destination);
  });
});

describe('"if this happens, do we call 120?" in English', () => {
  it.each(['if my mum starts struggling to breathe, should we call 120?', 'what if he faints, do I call an ambulance'])(
    '"%s" asks for the warning signs',
    (text) => {
      expect(asksForWarningSigns(text, 'en')).toBe(true);
    },
  );
});

describe('a regular medicine named only by its kind', () => {
  it.each(["I'm on blood pressure pills, can I have ibuprofen?", '我在吃降压药，能吃布洛芬吗'])(
    '"%s" is a condition question',
    (text) => {
      expect(route(text, 'medication.condition')).toBe('medication.condition');
    },
  );

  it('named by its kind and its name, it is a pair', () => {
    expect(route('can I take ibuprofen with my blood pressure pills (losartan)?', 'medication.condition')).toBe(
      'medication.combination',
    );
  });
});

/*
 * Round 5: kinds still misheard, each as paraphrases written for this test (other wording, medicine,
 * person, language than any evaluation set).
 */
describe('taken already, asking for the next dose', () => {
  it.each([
    ['gave my son nurofen 3 hrs ago and he is still hot, can I give him another dose?', 'symptom.advice'],
    ['had two panadol at lunch, about 5 hours ago, ok to take more now?', 'medication.condition'],
    ['美林喂了三个小时了，体温还是38度5，能不能再喂一次', 'symptom.advice'],
    ['我妈对乙酰氨基酚吃了两个钟头了还是烧，能再吃一片吗', 'medication.condition'],
  ] as const)('"%s" is a dose question', (text, heard) => {
    expect(route(text, heard, true)).toBe('medication.dose');
  });

  it('also when the classifier heard a request asked after', () => {
    expect(route('she took ibuprofen 4 hours ago, can she have another one?', 'service.status')).toBe(
      'medication.dose',
    );
  });

  it('the dose already heard, sure, stays', () => {
    expect(route('took tylenol 6 hours ago, can I take another?', 'medication.dose')).toBeUndefined();
  });
});

describe('the tablets of one medicine taken together', () => {
  it.each([
    'azvudine: do I swallow both tablets at once, and for how many days?',
    '帕克洛维这三片是一起吃还是分开吃',
    'are the two ibuprofen tablets taken together or one at a time?',
  ])('"%s" is how to take it (a dose), not a pair', (text) => {
    expect(route(text, 'medication.combination')).toBe('medication.dose');
  });

  it('two medicines together stay a pair', () => {
    expect(route('can the two tablets of tylenol and advil be taken together?', 'medication.dose')).toBe(
      'medication.combination',
    );
  });
});

describe('a regular aspirin and which painkiller', () => {
  it.each([
    'my dad is on baby aspirin every day, which painkiller is safest for his covid headache?',
    '我爸长期吃阿司匹林预防心梗，现在发烧选哪种退烧药',
  ])('"%s" is a condition question, not a pair', (text) => {
    expect(route(text, 'medication.combination')).toBe('medication.condition');
  });

  it('a regular aspirin with a named fever medicine is still a pair', () => {
    expect(route('I take low dose aspirin daily, can I take ibuprofen too?', 'medication.dose')).toBe(
      'medication.combination',
    );
  });
});

describe('how a medicine or a test kit is kept', () => {
  it.each([
    ['once opened, how long does the calpol bottle last and should it go in the fridge?', 'medication.dose'],
    ['布洛芬混悬液开瓶后要放冰箱吗', 'medication.dose'],
    ['my oximeter was left in the car in the sun, will it still read right?', 'service.status'],
    ['抗原检测盒放车里晒了一下午，还能用吗', 'service.status'],
  ] as const)('"%s" is a safety (storage) question', (text, heard) => {
    expect(route(text, heard)).toBe('medication.safety');
  });

  it('storage words with no medicine or kit are left to the classifier', () => {
    expect(route('I left my coat in the car, is it ok', 'fallback')).toBeUndefined();
  });
});

describe('going back to work, school or out', () => {
  it.each([
    ['阳了第六天，不发烧了，嗓子还有点哑，明天能去上班吗', 'symptom.advice'],
    ['孩子阳了一周了，还流鼻涕，什么时候可以回幼儿园', 'symptom.advice'],
    ['day 8, fever gone, bit of a runny nose - is it ok for me to go back to the office?', 'symptom.advice'],
    ['my son still has a cough on day 7, when can he return to school', 'greeting'],
  ] as const)('"%s" is when isolation ends', (text, heard) => {
    expect(asksToGoBack(text, heard)).toBe(true);
  });

  it('a medicine question with work in it stays a medicine question', () => {
    expect(asksToGoBack('can I take ibuprofen before going back to work', 'medication.dose')).toBe(false);
  });
});

describe("a clinic's hours", () => {
  it.each([
    ['社康中心周末几点关门', 'fallback'],
    ['卫生院中午休息吗 下午几点开门', 'greeting'],
    ['what time does the GP surgery shut on fridays', 'service.doctor'],
    ['is the fever clinic still open at this hour', 'fallback'],
  ] as const)('"%s" is a clinic question', (text, heard) => {
    expect(asksClinicHours(text, heard)).toBe(true);
  });

  it('a request for a doctor with no hours asked is not', () => {
    expect(asksClinicHours('can a doctor from the clinic ring me back', 'service.doctor')).toBe(false);
  });
});

describe('a story ending in a vague ask, with no way to get there', () => {
  it.each([
    ['我妈78了，医生说下周要去医院拍个片子复查，我们都在外地上班，她自己不会开车，也打不到车，社区能不能帮个忙', 'zh'],
    [
      'The GP wants my father at the hospital on Monday for a follow-up scan, he cannot drive and there are no taxis out here. Could someone help us?',
      'en',
    ],
  ] as const)('"%s" is transport, though a doctor is the reason', (text, lang) => {
    expect(cannotGetThere(text, lang)).toBe(true);
  });

  it('a story asking for the doctor, with no trip, is not', () => {
    expect(cannotGetThere('我爸血压这几天一直不稳，药要不要调也不知道，他腿脚不方便出不了门，能不能帮帮忙', 'zh')).toBe(
      false,
    );
  });
});
