import type { Bilingual, IntentId, Lang } from './types';

/** The engine's own words. Clinical content lives in the knowledge modules, not here. */
export const MESSAGES = {
  greeting: {
    zh: '您好，这里是社区健康热线。您可以问我：用药安全（比如布洛芬怎么吃、几种感冒药能不能一起吃）、居家隔离、发热门诊在哪，或者申请社区送药、接送和家庭医生回电。有危及生命的情况请马上拨打120。',
    en: 'Hello, this is the district health hotline. Ask me about medicine safety (doses, which cold medicines can be taken together), home isolation, fever clinics, or ask the community for medicine delivery, transport or a family-doctor call-back. In a life-threatening emergency call 120 now.',
  },
  goodbye: {
    zh: '不客气，祝您早日康复。如果出现呼吸困难、胸痛、意识不清等情况，请立即拨打120。',
    en: 'You are welcome. Get well soon. If breathing difficulty, chest pain or confusion appear, call 120 at once.',
  },
  fallback: {
    zh: '抱歉，这个问题不在健康热线的服务范围内。我可以回答用药、居家隔离、发热门诊的问题，也可以帮您申请社区送药、接送或家庭医生回电。',
    en: 'Sorry, that is outside what the health hotline covers. I can answer questions on medicines, home isolation and fever clinics, and arrange medicine delivery, transport or a family-doctor call-back.',
  },
  clarify: {
    zh: '我想确认一下您想问的是哪一类：',
    en: 'Let me check what you would like to ask about:',
  },
  clarifyAgain: {
    zh: '抱歉我没有理解。您可以换个说法，或者请人工帮助。',
    en: 'Sorry, I did not understand. Try saying it another way, or ask for a person.',
  },

  human: {
    zh: '好的，为您转人工。热线人工服务电话：{operator}。如果情况危及生命，请直接拨打{emergency}。',
    en: 'Sure, a person can help. The hotline desk is on {operator}. If it is life-threatening, call {emergency} directly.',
  },
  humanNoDesk: {
    zh: '人工坐席现在忙。请留下您的问题，社区工作人员会尽快联系您；危及生命的情况请直接拨打{emergency}。',
    en: 'The hotline desk is busy right now. Leave your question and a community worker will contact you; if it is life-threatening, call {emergency} directly.',
  },
  humanChoice: { zh: '人工服务', en: 'Talk to a person' },
  tooManyMessages: {
    zh: '您发来的信息太多，热线暂时没有处理。请{minutes}分钟后再发。如果有危及生命的情况，请立即拨打{emergency}。',
    en: 'You have sent a lot of messages, so the hotline did not process them. Please text again in {minutes} minutes. If a life is in danger, call {emergency} now.',
  },
  formWaiting: {
    zh: '（您的申请还没有提交，回复“继续”接着办。）',
    en: '(Your request is not sent yet; reply "continue" to finish it.)',
  },
} satisfies Record<string, Bilingual>;

/** Short names of intents, for choices in a clarifying question. */
export const INTENT_LABELS: Partial<Record<IntentId, Bilingual>> = {
  'medication.dose': { zh: '药怎么吃、吃多少', en: 'How much of a medicine to take' },
  'medication.combination': { zh: '几种药能不能一起吃', en: 'Taking medicines together' },
  'medication.condition': {
    zh: '特殊人群（孕妇、儿童、老人、慢病）用药',
    en: 'Medicines for pregnancy, children, older people or chronic illness',
  },
  'medication.safety': { zh: '药品安全（过期、购买、偏方）', en: 'Medicine safety (expiry, buying, rumours)' },
  'isolation.release': { zh: '什么时候可以结束隔离', en: 'When isolation can end' },
  'isolation.home': { zh: '居家隔离怎么做', en: 'How to isolate at home' },
  'symptom.advice': { zh: '症状在家怎么处理', en: 'Managing symptoms at home' },
  'clinic.find': { zh: '发热门诊在哪里', en: 'Finding a fever clinic' },
  'service.drug_delivery': { zh: '社区送药', en: 'Medicine delivery' },
  'service.transport': { zh: '就医接送', en: 'Transport to hospital' },
  'service.doctor': { zh: '家庭医生回电', en: 'Family-doctor call-back' },
  'service.status': { zh: '查询申请进度', en: 'Status of a request' },
};

export function say(text: Bilingual, lang: Lang, vars: Record<string, string> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
