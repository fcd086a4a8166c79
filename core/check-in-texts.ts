/** What a check-in says, in both languages. The SMS says how to answer; the call says which key. */
import type { Bilingual } from './types';

export const CHECK_IN_TEXTS = {
  sms: {
    zh: '【社区健康热线】{name}您好，社区例行问候：身体好请回复1，需要帮助请回复2，或直接告诉我们您现在怎么样。紧急情况请拨打{emergency}。',
    en: 'Community health hotline: hello {name}, this is your regular check-in. Reply 1 if you are well, 2 if you need something, or tell us how you are. In an emergency call {emergency}.',
  },
  smsFamily: {
    zh: '【社区健康热线】您好，社区例行问候{name}的情况：一切都好请回复1，需要帮助请回复2，或直接告诉我们他/她现在怎么样。紧急情况请拨打{emergency}。',
    en: 'Community health hotline: this is the regular check-in for {name}. Reply 1 if all is well, 2 if something is needed, or tell us how they are. In an emergency call {emergency}.',
  },
  voice: {
    zh: '您好，这里是社区健康热线的例行问候。身体好请按1，需要帮助请按2，找工作人员请按0。您也可以直接说说现在怎么样。',
    en: 'Hello, this is the community health hotline with your regular check-in. Press 1 if you are well, 2 if you need help, or 0 for a person. You can also just tell us how you are.',
  },
  voiceNoAnswer: {
    zh: '没有听到您的回答，我们稍后再联系您。紧急情况请拨打{emergency}。再见。',
    en: 'We did not hear an answer; we will call again later. In an emergency call {emergency}. Goodbye.',
  },
  well: {
    zh: '谢谢，收到您一切安好。如有不适随时回复或拨打本热线；紧急情况请拨打{emergency}。',
    en: 'Thank you, glad you are well. Write or call this line any time you feel unwell; in an emergency call {emergency}.',
  },
  help: {
    zh: '已为您登记，社区工作人员会尽快联系您（工单号 {id}）。如情况紧急，请立即拨打{emergency}。',
    en: 'We have noted it and the community will contact you soon (ticket {id}). If it is an emergency, call {emergency} now.',
  },
  /** The check-in could not make a ticket (nothing to do but say so and name the way to help now). */
  helpNoTicket: {
    zh: '已收到。社区工作人员会联系您。如情况紧急，请立即拨打{emergency}。',
    en: 'Noted. The community will contact you. If it is an emergency, call {emergency} now.',
  },
} satisfies Record<string, Bilingual>;
