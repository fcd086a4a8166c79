/**
 * What the ticket conversation says, short enough for one SMS or one spoken turn. {placeholders}
 * are filled by say(); questions for each slot are data (knowledge/services/attributes.json).
 */
import type { Bilingual } from '../../core/types';

export const TICKET_TEXTS = {
  resumed: { zh: '继续您的{service}申请。', en: 'Back to your {service} request.' },
  noted: { zh: '好的，记下了：{items}。', en: 'Noted: {items}. ' },
  readBack: { zh: '请核对：', en: 'Please check:' },
  forRelative: { zh: '为{relation}代办', en: 'for your {relation}' },
  forRelativeUnnamed: { zh: '为家人代办', en: 'for a relative' },
  forSelf: { zh: '本人', en: 'for you' },
  ageYears: { zh: '{age}岁', en: '{age} years old' },
  noKeyFacts: { zh: '无重点情况', en: 'no key facts' },
  confirm: { zh: '确认提交', en: 'Confirm' },
  change: { zh: '修改', en: 'Change something' },
  drop: { zh: '取消', en: 'Cancel' },
  whatToChange: {
    zh: '请直接说要改的内容，比如“地址是……”或“电话是……”。',
    en: 'Say what to change, for example "the address is …" or "the phone is …".',
  },
  dropped: { zh: '好的，这次申请已取消，没有提交。', en: 'All right, the request is cancelled and was not sent.' },
  moreFacts: {
    zh: '还有没有这些情况：{facts}？没有就回复“没有”。',
    en: 'Any of these as well: {facts}? If none, reply "none".',
  },
  created: {
    zh: '已登记{service}，编号{id}。社区工作人员会尽快联系您，进展会短信告诉您。查进度请回复编号。',
    en: 'Your {service} request is in: number {id}. A community worker will contact you soon and text you updates. To check on it, reply with the number.',
  },
  createdChat: {
    zh: '已登记{service}，编号{id}。社区工作人员会打{phone}联系您，进展会短信通知。查进度请发编号。',
    en: 'Your {service} request is in: number {id}. A community worker will call {phone}, and updates come by text. To check on it, send the number.',
  },
  alreadyCreated: { zh: '您的申请已经登记过了，编号{id}。', en: 'Your request is already in, number {id}.' },
  callbackCreated: {
    zh: '人工坐席现在忙。已为您登记人工回电，编号{id}，工作人员会打{phone}联系您。危及生命请直接拨打{emergency}。',
    en: 'The desk is busy right now. A call-back is booked, number {id}; a worker will call you on {phone}. If it is life-threatening, call {emergency} directly.',
  },
  callbackAskPhone: {
    zh: '人工坐席现在忙。请留一个电话号码，工作人员会给您回电。危及生命请直接拨打{emergency}。',
    en: 'The desk is busy right now. Leave a phone number and a worker will call you back. If it is life-threatening, call {emergency} directly.',
  },
  badPhone: {
    zh: '没有听清号码，请再说一遍，比如 138 0013 8000。',
    en: 'I did not get the number; please say it again, for example 138 0013 8000.',
  },
  status: { zh: '{id} {service}：{status}。', en: '{id} {service}: {status}.' },
  statusNone: {
    zh: '没有查到您的申请记录。需要送药、接送或医生回电，直接告诉我就可以。',
    en: 'I found no request of yours. If you need medicine delivery, transport or a doctor call-back, just tell me.',
  },
  statusNotFound: {
    zh: '没有查到编号{id}的申请，请核对编号。只能查询您本人提交的申请。',
    en: 'I found no request numbered {id}; please check the number. Only your own requests can be looked up.',
  },
  cancelled: {
    zh: '已取消{id}（{service}）。如还需要帮助，随时告诉我。',
    en: 'Cancelled {id} ({service}). Tell me any time if you still need help.',
  },
  cannotCancel: {
    zh: '{id}已经{status}，不能再取消。',
    en: '{id} is already {status} and can no longer be cancelled.',
  },
  cancelWhich: {
    zh: '要取消哪一个？请回复编号，比如“取消 {id}”。',
    en: 'Which one should I cancel? Reply with its number, e.g. "cancel {id}".',
  },
  cancelConfirm: { zh: '要取消{id}（{service}）吗？', en: 'Cancel {id} ({service})?' },
  keepIt: { zh: '好的，申请保留，继续办理。', en: 'All right, the request stays open.' },
  yes: { zh: '是，取消', en: 'Yes, cancel it' },
  no: { zh: '不取消', en: 'No, keep it' },
} satisfies Record<string, Bilingual>;

/** SMS the resident and staff get about a ticket. */
export const NOTIFICATION_TEXTS = {
  taken: {
    zh: '【社区健康热线】您的{service}申请{id}已由社区工作人员受理，会尽快联系您。急救请拨打{emergency}。',
    en: 'District health hotline: your {service} request {id} has been taken by a community worker, who will contact you soon. Emergencies: call {emergency}.',
  },
  resolved: {
    zh: '【社区健康热线】您的{service}申请{id}已办结。如还需要帮助请回复短信。急救请拨打{emergency}。',
    en: 'District health hotline: your {service} request {id} is done. Reply if you still need help. Emergencies: call {emergency}.',
  },
  red: {
    zh: '【红色工单】{id} {service}，{where}：{summary}。请尽快处理。',
    en: 'RED ticket {id} {service}, {where}: {summary}. Please act now.',
  },
  escalated: {
    zh: '【工单超时】{id} {service}（{priority}）{target}已超时，{where}。请跟进。',
    en: 'Overdue ticket {id} {service} ({priority}): {target} target missed, {where}. Please follow up.',
  },
} satisfies Record<string, Bilingual>;

export const TARGET_NAMES: Record<'first_response' | 'resolution', Bilingual> = {
  first_response: { zh: '首次响应', en: 'first response' },
  resolution: { zh: '办结', en: 'resolution' },
};

export const PRIORITY_NAMES: Record<'red' | 'yellow' | 'green', Bilingual> = {
  red: { zh: '红色', en: 'red' },
  yellow: { zh: '黄色', en: 'yellow' },
  green: { zh: '绿色', en: 'green' },
};

export const UNROUTED: Bilingual = {
  zh: '{district}（地址未匹配社区，待分派）',
  en: '{district} (no community matched: to be routed)',
};
