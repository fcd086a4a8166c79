import type { Bilingual, HandlerResult, IntentHandler, Lang } from '../../core/types';

/**
 * Community services, explained. Requests become tickets for commissioners once the ticket
 * module lands; until then the hotline says honestly how to ask and never claims a ticket exists.
 */
const OFFERS: Record<'service.drug_delivery' | 'service.transport' | 'service.doctor' | 'service.status', Bilingual> = {
  'service.drug_delivery': {
    zh: '社区可以为独居老人、80岁以上、透析患者、孕妇等重点人群送退烧药、抗原试剂和指氧仪上门。线上申请功能正在开通中，目前请拨打{desk}，说明住址、需要的药品和联系电话，社区卫生专员会安排。',
    en: 'The community delivers fever medicine, antigen tests and pulse oximeters to key people: living alone, aged 80+, on dialysis, pregnant. Online requests are being switched on; for now call {desk} with the address, what is needed and a phone number, and a community health commissioner will arrange it.',
  },
  'service.transport': {
    zh: '社区可以为透析、化疗、产检等必须按时就医的居民安排非急救接送或陪同。线上申请功能正在开通中，目前请拨打{desk}，说明就医时间、医院和住址。病情危急请直接拨打120。',
    en: 'The community arranges non-emergency transport or an escort for residents who must get to dialysis, chemotherapy or antenatal appointments. Online requests are being switched on; for now call {desk} with the time, hospital and address. If it is an emergency, call 120.',
  },
  'service.doctor': {
    zh: '家庭医生可以电话回访，帮您看慢病用药要不要调整、症状怎么处理。线上预约回电正在开通中，目前请拨打{desk}，说明您的签约社区和联系电话。',
    en: 'A family doctor can call you back about adjusting regular medicines or managing symptoms. Online call-back booking is being switched on; for now call {desk} with your community and phone number.',
  },
  'service.status': {
    zh: '我在这次对话里没有查到您的申请记录。通过电话提交的申请，请拨打{desk}查询进度。',
    en: 'I cannot find a request from this conversation. For requests made by phone, call {desk} to check progress.',
  },
};

export function createServiceInfoHandlers(desk: Bilingual): Record<keyof typeof OFFERS, IntentHandler> {
  const handler =
    (id: keyof typeof OFFERS) =>
    (ctx: { lang: Lang }): HandlerResult => ({
      text: OFFERS[id][ctx.lang].replace('{desk}', desk[ctx.lang]),
      ticket: null,
    });
  return {
    'service.drug_delivery': handler('service.drug_delivery'),
    'service.transport': handler('service.transport'),
    'service.doctor': handler('service.doctor'),
    'service.status': handler('service.status'),
  };
}
