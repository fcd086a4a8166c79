/**
 * Probes the medication and isolation answers the way residents ask, through POST /api/v1/chat on
 * the real application (embedded database in a temp dir, model cached as the tests do).
 *
 *   npx tsx scripts/probe-answers.ts            # every conversation, full replies
 *   npx tsx scripts/probe-answers.ts paxlovid   # only conversations whose id contains "paxlovid"
 *   npx tsx scripts/probe-answers.ts --summary  # only the pass/fail lines and the totals
 *
 * Each conversation is one sessionId; its turns are sent in order. `expect` is what a pharmacist
 * would need to see in the LAST reply for the answer to count as specific and correct (every
 * pattern must match; `not` patterns must not); the verdicts are a reading aid, not a test.
 */
import { addDays, calendarDayOf, formatIsoDate, toIso, type CalendarDay } from '../core/calendar';
import { startTestApp } from '../harness/test-app';

interface Probe {
  id: string;
  turns: string[];
  expect: RegExp[];
  not?: RegExp[];
}

/** Days relative to today in the service's time zone, so the date probes stay meaningful whenever they run. */
const chinaDay = (offsetDays: number): CalendarDay => addDays(calendarDayOf(new Date()), offsetDays);
const EN_MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const zhDate = (d: CalendarDay) => formatIsoDate(toIso(d), 'zh');
const enDate = (d: CalendarDay) => formatIsoDate(toIso(d), 'en');
const POSITIVE = chinaDay(-3);
const RELEASE = chinaDay(4); // Zhejiang: 7 full days after the positive test

const ZH_MED: Probe[] = [
  {
    id: 'med01-zh-tylenol-sr',
    turns: ['泰诺林一次吃几片？'],
    expect: [/650/, /1片|一片|1～2|1-2/, /2000|最多3片|3片/],
  },
  { id: 'med02-zh-meilin-child-weight', turns: ['美林给3岁15公斤的孩子吃多少？'], expect: [/毫升/, /6～8|6-8|间隔/] },
  { id: 'med03-zh-child-ask-weight', turns: ['孩子5岁发烧了，布洛芬吃多少', '18公斤'], expect: [/18公斤/, /毫克/] },
  { id: 'med04-zh-elderly-apap', turns: ['我爸80岁了发烧，对乙酰氨基酚能吃多少'], expect: [/对乙酰氨基酚/, /2000/] },
  { id: 'med05-zh-panadol-max', turns: ['必理通一天最多吃几片？'], expect: [/500/, /4片|最多4/] },
  { id: 'med06-zh-ganmaoling-tylenol', turns: ['感冒灵和泰诺林能一起吃吗'], expect: [/对乙酰氨基酚/, /过量|伤肝|肝/] },
  {
    id: 'med07-zh-ibu-aspirin',
    turns: ['布洛芬和阿司匹林能一起吃吗'],
    expect: [/阿司匹林/, /布洛芬/, /(胃|出血|心脏|保护)/],
  },
  {
    id: 'med08-zh-three-products',
    turns: ['白加黑、感冒灵和布洛芬三个一起吃行吗'],
    expect: [/对乙酰氨基酚/, /白加黑/, /感冒灵/],
  },
  { id: 'med09-zh-decongestant-bp', turns: ['我有高血压，能吃新康泰克吗'], expect: [/伪麻黄碱/, /血压/] },
  { id: 'med10-zh-paxlovid-statin', turns: ['我在吃阿托伐他汀，能吃辉瑞新冠药吗'], expect: [/他汀/, /(停|医生)/] },
  { id: 'med11-zh-pregnancy', turns: ['怀孕5个月发烧了吃什么退烧药'], expect: [/对乙酰氨基酚/, /布洛芬/] },
  { id: 'med12-zh-breastfeeding', turns: ['哺乳期能吃布洛芬吗'], expect: [/布洛芬/, /(可以|可用|首选)/] },
  { id: 'med13-zh-kidney', turns: ['我肾不好，发烧能吃什么药'], expect: [/对乙酰氨基酚/, /布洛芬/] },
  { id: 'med14-zh-ulcer', turns: ['有胃溃疡能吃布洛芬吗'], expect: [/布洛芬/, /(溃疡|出血)/, /对乙酰氨基酚/] },
  { id: 'med15-zh-warfarin', turns: ['吃华法林的人能吃布洛芬吗'], expect: [/华法林|抗凝/, /出血/] },
  { id: 'med16-zh-expiry', turns: ['过期两个月的布洛芬还能吃吗'], expect: [/过期/, /不要吃|不要用|别吃/] },
  { id: 'med17-zh-storage', turns: ['美林开封了要放冰箱吗，怎么存'], expect: [/(开封|冷藏|阴凉)/] },
  { id: 'med18-zh-online', turns: ['网上买的辉瑞新冠药靠谱吗'], expect: [/(处方|正规|假药)/] },
  {
    id: 'med19-zh-peaches',
    turns: ['吃黄桃罐头能好吗'],
    expect: [/(不能预防或治疗|没有|特效|偏方|谣言)/],
    not: [/请回复数字/],
  },
  { id: 'med20-zh-liquor', turns: ['喝白酒能杀死病毒吗'], expect: [/(酒|偏方|没有)/], not: [/请回复数字/] },
  { id: 'med21-zh-amoxicillin', turns: ['能吃阿莫西林治新冠吗'], expect: [/抗生素/, /病毒/] },
  { id: 'med22-zh-ingredients', turns: ['感冒灵里有什么成分'], expect: [/对乙酰氨基酚/, /氯苯那敏/, /咖啡因/] },
  { id: 'med23-zh-indication', turns: ['连花清瘟是治什么的，能预防新冠吗'], expect: [/(预防|没有症状|对症)/] },
  { id: 'med24-zh-safety-menu', turns: ['用药安全要注意什么', '2', '2'], expect: [/过期/], not: [/^1\. /m] },
  { id: 'med25-zh-which-medicine', turns: ['退烧药一次吃多少', '泰诺林'], expect: [/650/] },
  { id: 'med26-zh-combo-followup', turns: ['布洛芬能和别的药一起吃吗', '感冒灵'], expect: [/布洛芬/, /感冒灵/] },
];

const EN_MED: Probe[] = [
  {
    id: 'med01-en-panadol',
    turns: ['How many Panadol can I take at once?'],
    expect: [/500/, /(1|one|2|two)/, /(2,?000|4 tablets|at most)/],
  },
  {
    id: 'med02-en-motrin-child',
    turns: ["How much Children's Motrin for my 3 year old? She weighs 15 kg"],
    expect: [/mg/, /hours/],
  },
  {
    id: 'med03-en-child-ask-weight',
    turns: ['My 5 year old has a fever, how much ibuprofen can he have?', '18 kg'],
    expect: [/18 kg/, /mg/],
  },
  {
    id: 'med04-en-elderly-apap',
    turns: ['My dad is 80, how much paracetamol can he take for fever?'],
    expect: [/paracetamol/i, /2000/],
  },
  {
    id: 'med05-en-advil-max',
    turns: ['What is the most Advil I can take in a day?'],
    expect: [/200/, /1200|6 tablets/],
  },
  {
    id: 'med06-en-nyquil-tylenol',
    turns: ['Can I take NyQuil with Tylenol?'],
    expect: [/acetaminophen/i, /liver|overdose/i],
  },
  {
    id: 'med07-en-ibu-aspirin',
    turns: ['Is it OK to take ibuprofen and aspirin together?'],
    expect: [/aspirin/i, /ibuprofen/i, /(stomach|bleed|heart)/i],
  },
  {
    id: 'med08-en-three-products',
    turns: ['Can I take DayQuil, Advil and Mucinex together?'],
    expect: [/acetaminophen|ibuprofen|phenylephrine/i],
  },
  {
    id: 'med09-en-decongestant-bp',
    turns: ['I have high blood pressure, can I take Sudafed?'],
    expect: [/pseudoephedrine/i, /blood pressure/i],
  },
  {
    id: 'med10-en-paxlovid-statin',
    turns: ['I take simvastatin for cholesterol. Can I take Paxlovid?'],
    expect: [/statin/i, /(stop|doctor)/i],
  },
  {
    id: 'med11-en-pregnancy',
    turns: ["I'm 20 weeks pregnant with a fever, what can I take?"],
    expect: [/acetaminophen|paracetamol/i, /ibuprofen/i],
  },
  { id: 'med12-en-breastfeeding', turns: ['Can I take ibuprofen while breastfeeding?'], expect: [/ibuprofen/i] },
  {
    id: 'med13-en-kidney',
    turns: ['My mum has kidney disease, which fever medicine is safe for her?'],
    expect: [/acetaminophen|paracetamol/i, /ibuprofen/i],
  },
  {
    id: 'med14-en-ulcer',
    turns: ['I have a stomach ulcer, can I take Advil?'],
    expect: [/(ulcer|bleed)/i, /acetaminophen|paracetamol/i],
  },
  {
    id: 'med15-en-warfarin',
    turns: ["I'm on warfarin, can I take ibuprofen?"],
    expect: [/warfarin|blood thinner|anticoagul/i, /bleed/i],
  },
  {
    id: 'med16-en-expiry',
    turns: ['My Tylenol expired two months ago, is it still OK to take?'],
    expect: [/expired/i, /(do not|don't)/i],
  },
  {
    id: 'med17-en-storage',
    turns: ['How should I store my medicines? Do they go in the fridge?'],
    expect: [/(cool|dry|refrigerate)/i],
  },
  { id: 'med18-en-online', turns: ['Is it safe to buy Paxlovid online?'], expect: [/(prescription|licensed|fake)/i] },
  {
    id: 'med19-en-salt-water',
    turns: ['Does gargling salt water cure covid?'],
    expect: [/(do not prevent or treat|no special cure|cure|remed)/i],
    not: [/Reply with a number/],
  },
  {
    id: 'med20-en-liquor',
    turns: ['Will drinking liquor kill the virus?'],
    expect: [/(alcohol|cure|remed)/i],
    not: [/Reply with a number/],
  },
  { id: 'med21-en-antibiotics', turns: ['Should I take amoxicillin for covid?'], expect: [/antibiotic/i, /virus/i] },
  { id: 'med22-en-theraflu', turns: ['What is in Theraflu?'], expect: [/acetaminophen/i, /phenylephrine/i] },
  {
    id: 'med23-en-prevent',
    turns: ['Should I take medicine to prevent covid before I get symptoms?'],
    expect: [/(no symptoms|prevent)/i],
  },
  { id: 'med24-en-safety-menu', turns: ['Any medicine safety tips?', '2', '2'], expect: [/expir/i], not: [/^1\. /m] },
  { id: 'med25-en-which-medicine', turns: ['How much fever medicine should I take?', 'Tylenol'], expect: [/500/] },
  {
    id: 'med26-en-combo-followup',
    turns: ['Can I take ibuprofen with something else?', 'NyQuil'],
    expect: [/ibuprofen/i, /NyQuil/i],
  },
];

const ZH_ISO: Probe[] = [
  { id: 'iso01-zh-day5-work', turns: ['阳了第5天能上班吗'], expect: [/(还不能|起可以|7天|满7)/] },
  {
    id: 'iso02-zh-date',
    turns: [`${zhDate(POSITIVE)}阳的，什么时候能解除隔离`],
    expect: [new RegExp(zhDate(RELEASE))],
  },
  { id: 'iso03-zh-last-wed', turns: ['上周三测的阳性，什么时候可以出门'], expect: [/(月.*日|今天)/] },
  { id: 'iso04-zh-day8-fever', turns: ['第8天了还在发烧，能解除隔离吗'], expect: [/(还不能|继续隔离)/] },
  { id: 'iso05-zh-antigen-followup', turns: ['抗原转阴了可以上班吗', '阳了6天'], expect: [/(月.*日|起)/] },
  { id: 'iso06-zh-three-turns', turns: ['什么时候能解除隔离', '阳了第7天', '没有'], expect: [/(可以结束|还不能)/] },
  { id: 'iso07-zh-bathroom', turns: ['家里只有一个卫生间，阳了怎么办'], expect: [/消毒/, /(马桶|冲水)/] },
  { id: 'iso08-zh-elderly', turns: ['我阳了，家里有80岁老人，怎么保护他'], expect: [/(老人)/, /口罩/] },
  { id: 'iso09-zh-masks', turns: ['在家隔离要戴口罩吗'], expect: [/口罩/] },
  { id: 'iso10-zh-waste', turns: ['用过的口罩和纸巾怎么扔'], expect: [/(塑料袋|垃圾)/] },
  { id: 'iso11-zh-ventilation', turns: ['阳了房间要开窗通风吗'], expect: [/通风/] },
  { id: 'iso12-zh-child', turns: ['孩子阳了，在家怎么隔离'], expect: [/(房间|分开)/] },
  // Day 5 today began four days ago: release is three days away, not seven.
  {
    id: 'iso13-zh-today-day5',
    turns: ['今天阳了第5天，什么时候能解除隔离'],
    expect: [new RegExp(zhDate(chinaDay(3)))],
  },
  {
    id: 'iso14-zh-fever-answer',
    turns: ['阳了第7天，能出门吗', '不发烧了，两天没烧了'],
    expect: [/可以结束居家隔离/],
    not: [/多喝温水/],
  },
  {
    id: 'iso15-zh-cough-answer',
    turns: ['阳了第6天，能上班吗', '还有点咳嗽'],
    expect: [/可以结束/],
    not: [/右美沙芬/],
  },
  { id: 'iso16-zh-close-contact', turns: ['我是密接，要隔离几天'], expect: [/密切接触者/, /5天/] },
  {
    id: 'iso17-zh-visit-elderly',
    turns: ['阳了第3天，能去看我奶奶吗'],
    expect: [/不要去看望老人/, new RegExp(zhDate(chinaDay(5))), /120/],
  },
  { id: 'iso18-zh-work-positive', turns: ['阳了还能上班吗'], expect: [/不去单位上班/] },
];

const EN_ISO: Probe[] = [
  {
    id: 'iso01-en-day5-work',
    turns: ["It's day 5 since I tested positive, can I go back to work?"],
    expect: [/(not yet|from|7)/i],
  },
  {
    id: 'iso02-en-date',
    turns: [`I tested positive on ${POSITIVE.day} ${EN_MONTHS_LONG[POSITIVE.month - 1]}, when can I stop isolating?`],
    expect: [new RegExp(enDate(RELEASE))],
  },
  {
    id: 'iso03-en-last-wed',
    turns: ['I tested positive last Wednesday. When can I go out?'],
    expect: [/(\d+ [A-Z][a-z]{2}|today)/],
  },
  {
    id: 'iso04-en-day8-fever',
    turns: ["It's day 8 and I still have a fever. Can I stop isolating?"],
    expect: [/not yet|keep isolating/i],
  },
  {
    id: 'iso05-en-antigen-followup',
    turns: ['My antigen test is negative now, can I go back to work?', 'I tested positive 6 days ago'],
    expect: [/(from|\d+ [A-Z][a-z]{2})/],
  },
  { id: 'iso06-en-three-turns', turns: ['When does my isolation end?', 'day 7', 'no'], expect: [/(can end|not yet)/i] },
  {
    id: 'iso07-en-bathroom',
    turns: ['We only have one bathroom at home, what should we do?'],
    expect: [/disinfect/i, /toilet|flush/i],
  },
  {
    id: 'iso08-en-elderly',
    turns: ['I tested positive and live with my 80-year-old mother. How do I protect her?'],
    expect: [/older|mother/i, /mask/i],
  },
  { id: 'iso09-en-masks', turns: ['Do we need to wear masks at home while isolating?'], expect: [/mask/i] },
  { id: 'iso10-en-waste', turns: ['How do I throw away used tissues and masks?'], expect: [/bag|bin/i] },
  { id: 'iso11-en-ventilation', turns: ['Should I open the windows while isolating?'], expect: [/window/i] },
  {
    id: 'iso12-en-child',
    turns: ['My child tested positive, how do we isolate at home?'],
    expect: [/room|apart|separate/i],
  },
  {
    id: 'iso13-en-today-day5',
    turns: ["It's day 5 today, when can I go out?"],
    expect: [new RegExp(enDate(chinaDay(3)))],
  },
  {
    id: 'iso14-en-fever-answer',
    turns: ['Day 7 since testing positive, can I go out?', 'no fever since the day before yesterday'],
    expect: [/can end home isolation/],
    not: [/warm fluids/i],
  },
  { id: 'iso16-en-close-contact', turns: ['I am a close contact, do I need to isolate?'], expect: [/5 days/] },
  {
    id: 'iso17-en-visit-elderly',
    turns: ['Can I visit my grandmother? I tested positive 2 days ago'],
    expect: [/do not visit older relatives/, /120/],
  },
  { id: 'iso18-en-work-positive', turns: ['Can I go to work while positive?'], expect: [/do not go in to work/] },
];

const ALL = [...ZH_MED, ...EN_MED, ...ZH_ISO, ...EN_ISO];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const summary = args.includes('--summary');
  const filter = args.find((a) => !a.startsWith('--'));
  const probes = ALL.filter((p) => !filter || p.id.includes(filter));
  const t = await startTestApp();
  let passed = 0;
  const failed: string[] = [];
  try {
    for (const probe of probes) {
      const sessionId = `probe-${probe.id}-${Date.now()}`;
      let last = '';
      const lines: string[] = [];
      for (const text of probe.turns) {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/chat', payload: { sessionId, text } });
        const body = res.json() as { reply: string; intent: string; triage: string; lang: 'zh' | 'en' };
        last = body.reply;
        lines.push(
          `  > ${text}\n  [${body.intent} / ${body.triage}] (${body.reply.length} chars)\n${indent(body.reply)}`,
        );
      }
      const ok = probe.expect.every((re) => re.test(last)) && !(probe.not ?? []).some((re) => re.test(last));
      if (ok) passed += 1;
      else failed.push(probe.id);
      console.log(`${ok ? 'PASS' : 'FAIL'} ${probe.id}`);
      if (!summary) console.log(`${lines.join('\n')}\n`);
    }
  } finally {
    await t.close();
  }
  console.log(`\n${passed}/${probes.length} passed the expectation check`);
  if (failed.length) console.log(`failed: ${failed.join(', ')}`);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    | ${l}`)
    .join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
