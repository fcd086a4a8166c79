import type { Bilingual } from '../../core/types';

/** What the SMS line says on its own, outside the conversation. {emergency} is EMERGENCY_NUMBER. */
export const SMS_TEXTS = {
  help: {
    zh: '社区健康热线：可咨询用药安全、居家隔离、发热门诊，也可申请社区送药、就医接送、家庭医生回电。直接发送您的问题即可。急救请拨打{emergency}。回复“退订”停止接收短信。',
    en: 'District health hotline: ask about medicines, home isolation and fever clinics, or ask for medicine delivery, transport or a family-doctor call-back. Just text your question. Emergencies: call {emergency}. Reply STOP to unsubscribe.',
  },
  stopped: {
    zh: '您已退订社区健康热线短信，将不再收到短信回复。回复“订阅”可恢复。急救请拨打{emergency}。',
    en: 'You are unsubscribed from the district health hotline and will get no more messages. Reply START to resubscribe. Emergencies: call {emergency}.',
  },
  started: {
    zh: '您已重新订阅社区健康热线短信，直接发送您的问题即可。急救请拨打{emergency}。',
    en: 'You are subscribed to the district health hotline again. Just text your question. Emergencies: call {emergency}.',
  },
  failed: {
    zh: '抱歉，热线系统暂时出错，您的短信没有处理成功，请稍后重新发送。急救请拨打{emergency}。',
    en: 'Sorry, the hotline could not process your message just now. Please send it again in a few minutes. Emergencies: call {emergency}.',
  },
  more: { zh: '（回复1看后面的内容）', en: '(Reply 1 for more)' },
  noText: {
    zh: '请用文字发送您的问题。急救请拨打{emergency}。',
    en: 'Please text your question in words. Emergencies: call {emergency}.',
  },
} satisfies Record<string, Bilingual>;
