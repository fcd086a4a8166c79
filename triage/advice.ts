/**
 * What to say when the screen finds an emergency or an urgent case. Short enough to be read out on a
 * call: the number first, then at most a few things to do while waiting. No medicine advice (no aspirin,
 * no sedatives): only a doctor or the 120 dispatcher gives that.
 */
import type { Bilingual, Lang, TriageReason } from '../core/types';

/** National psychological assistance hotline (NHC, nationwide since 2025-05-01; source nhc-12356-2024). */
export const CRISIS_LINE_CN = '12356';

/** Tips keyed by rule id; rules that share a tip share the entry, so it is said once. */
const WAITING_TIPS: ReadonlyArray<[readonly string[], Bilingual]> = [
  [
    ['breathing.difficulty', 'breathing.cyanosis', 'spo2.severe', 'allergy.anaphylaxis'],
    {
      zh: '让病人坐起来、身体稍向前倾，松开衣领，开窗通风。',
      en: 'Help them sit up, leaning slightly forward, and loosen tight clothing.',
    },
  ],
  [
    ['chest.pain'],
    {
      zh: '让病人停止活动，坐下或半躺着别动。不要自己给药。',
      en: 'Stop all activity; let them sit or half-lie and keep still. Give no medicine unless a doctor says so.',
    },
  ],
  [
    ['consciousness.lost'],
    {
      zh: '有呼吸就让他侧躺；没有呼吸，按120调度员的指导做心肺复苏。',
      en: 'If they are breathing, turn them on their side; if not, the 120 dispatcher will guide you through CPR.',
    },
  ],
  [
    ['seizure'],
    {
      zh: '移开周围硬物，不要往嘴里塞东西，不要按住他，记下抽搐多长时间；停了以后让他侧躺。',
      en: 'Move hard objects away, put nothing in the mouth, do not hold them down, and time the seizure; afterwards turn them on their side.',
    },
  ],
  [
    ['stroke.signs', 'consciousness.confusion'],
    {
      zh: '记下发病时间。不要喂水、喂饭、喂药。',
      en: 'Note the time it started. Give nothing to eat, drink or swallow.',
    },
  ],
  [
    ['bleeding.heavy'],
    {
      zh: '用干净的布用力按住出血处，不要松开；吐血时让他侧躺。',
      en: 'Press hard on the bleeding with a clean cloth and keep pressing; if they are vomiting blood, turn them on their side.',
    },
  ],
  [
    ['pregnancy.warning'],
    { zh: '让孕妇左侧躺着休息，带上产检本。', en: 'Let her rest lying on her left side; bring her pregnancy notes.' },
  ],
  [
    ['infant.fever', 'infant.danger', 'rash.non-blanching'],
    {
      zh: '不要给宝宝捂汗，穿薄一点；一直抱着观察。',
      en: 'Do not bundle the baby up; keep them lightly dressed and in your arms.',
    },
  ],
  [
    ['poisoning.overdose'],
    {
      zh: '带上药盒或药瓶，记下吃了多少、什么时候吃的。不要催吐。',
      en: 'Keep the packet or bottle and note how much was taken and when. Do not make them vomit.',
    },
  ],
  [
    ['mental.suicide'],
    {
      zh: `请一直陪着他，不要让他一个人待着，拿走药物、刀具等危险物品。也可以拨打心理援助热线${CRISIS_LINE_CN}。`,
      en: `Stay with the person, do not leave them alone, and remove medicines, knives or other means. You can also call the ${CRISIS_LINE_CN} psychological assistance hotline (in Mandarin).`,
    },
  ],
];

const COMMON_WAITING: Bilingual = {
  zh: '打开家门，准备好身份证和正在吃的药，保持电话畅通，身边一直留人。',
  en: 'Unlock the door, have their ID and current medicines ready, keep the phone line free and stay with them.',
};

/** More than this and a caller stops listening; the dispatcher asks for the rest. */
const MAX_TIPS = 2;

function tipsFor(reasons: readonly TriageReason[], lang: Lang): string[] {
  const ids = new Set(reasons.map((r) => r.ruleId));
  return WAITING_TIPS.filter(([ruleIds]) => ruleIds.some((id) => ids.has(id)))
    .slice(0, MAX_TIPS)
    .map(([, tip]) => tip[lang]);
}

function labels(reasons: readonly TriageReason[], lang: Lang): string {
  return reasons.map((r) => r.label[lang]).join(lang === 'zh' ? '、' : ', ');
}

export function emergencyAdvice(reasons: readonly TriageReason[], lang: Lang, emergencyNumber: string): string {
  const what = labels(reasons, lang);
  const call =
    lang === 'zh'
      ? `${what ? `这是急症（${what}）。` : ''}请马上拨打${emergencyNumber}！`
      : `${what ? `This is an emergency (${what}). ` : ''}Call ${emergencyNumber} now!`;
  const waiting = lang === 'zh' ? '等待急救时：' : 'While you wait: ';
  return [call, waiting + [...tipsFor(reasons, lang), COMMON_WAITING[lang]].join(lang === 'zh' ? '' : ' ')].join(
    lang === 'zh' ? '' : ' ',
  );
}

const URGENT_TIPS: ReadonlyArray<[readonly string[], Bilingual]> = [
  [
    ['spo2.low'],
    {
      zh: '安静坐5分钟、手指暖和后再测一次血氧。',
      en: 'Sit quietly for 5 minutes, warm the finger and measure the oxygen again.',
    },
  ],
  [['vomiting.persistent', 'child.unwell'], { zh: '少量多次地喝水。', en: 'Keep taking small sips of fluid often.' }],
];

export function urgentAdvice(reasons: readonly TriageReason[], lang: Lang, emergencyNumber = '120'): string {
  const what = labels(reasons, lang);
  const ids = new Set(reasons.map((r) => r.ruleId));
  const tips = URGENT_TIPS.filter(([ruleIds]) => ruleIds.some((id) => ids.has(id))).map(([, tip]) => tip[lang]);
  if (lang === 'zh') {
    return [
      `${what ? `（${what}）` : ''}今天需要看医生：请去发热门诊，或联系家庭医生、社区医生。`,
      ...tips,
      `如果出现呼吸困难、嘴唇发紫、胸痛、叫不醒或抽搐，立即拨打${emergencyNumber}。`,
    ].join('');
  }
  return [
    `${what ? `(${what}) ` : ''}This needs a doctor today: go to a fever clinic or contact your family or community doctor.`,
    ...tips,
    `If breathing becomes hard, lips turn blue, there is chest pain, they cannot be woken or have a seizure, call ${emergencyNumber} at once.`,
  ].join(' ');
}
