/**
 * The chat page's own words, short and plain: many readers are older, or reading for an older
 * parent, on a phone. The hotline's answers come from the engine, not from here.
 */
import type { Bilingual, Lang } from '../../core/types';

const TEXTS = {
  title: { zh: '社区健康热线 · 网上咨询', en: 'Community health hotline · Chat' },
  heading: { zh: '社区健康热线', en: 'Community health hotline' },
  restart: { zh: '重新开始', en: 'New chat' },
  emergency: {
    zh: '喘不上气、叫不醒、胸口剧痛、嘴唇发紫：请马上拨打',
    en: 'Struggling to breathe, cannot be woken, chest pain, blue lips: call',
  },
  ask: {
    zh: '用简单的话写下您的问题，比如“布洛芬一次吃多少？”',
    en: 'Write your question simply, for example “How much paracetamol can I take?”',
  },
  onBehalf: {
    zh: '替家人（比如父母）问也可以：请写明是谁、多大年纪、有什么不舒服、在吃什么药。',
    en: 'You can ask for a family member (a parent, say): write who it is, their age, how they feel and what medicines they take.',
  },
  notDoctor: {
    zh: '这里回答用药、居家隔离和社区服务的问题，不能代替医生看病。',
    en: 'This answers questions on medicines, home isolation and community services. It does not replace a doctor.',
  },
  chatLabel: { zh: '和热线对话', en: 'Chat with the hotline' },
  bannerTitle: { zh: '危及生命，请立即拨打{number}', en: 'Life-threatening: call {number} now' },
  bannerCall: { zh: '拨打 {number}', en: 'Call {number}' },
  notSent: {
    zh: '消息没有发出去，请稍后再试。如果情况危及生命，请直接拨打{number}。',
    en: 'Your message was not sent. Please try again shortly. If it is life-threatening, call {number} now.',
  },
  expired: {
    zh: '对话已经过期或连接断了。请点“重新开始”。',
    en: 'This chat has expired or lost its connection. Tap “New chat”.',
  },
  noScript: {
    zh: '这个页面需要打开浏览器的 JavaScript。危及生命请拨打{number}。',
    en: 'This page needs JavaScript turned on in your browser. If it is life-threatening, call {number}.',
  },
} satisfies Record<string, Bilingual>;

export type PageTexts = Record<keyof typeof TEXTS, string>;

export function pageTexts(lang: Lang, emergencyNumber: string): PageTexts {
  return Object.fromEntries(
    Object.entries(TEXTS).map(([key, text]) => [key, text[lang].replace('{number}', emergencyNumber)]),
  ) as PageTexts;
}
