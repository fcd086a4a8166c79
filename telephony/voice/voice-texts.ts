/**
 * Everything the voice line says. Short sentences, one instruction each, the key named after
 * the thing it does ("问用药，请按1"), because most callers are elderly and listen once.
 * {emergency} is EMERGENCY_NUMBER.
 */
import type { Bilingual } from '../../core/types';

export const VOICE_TEXTS = {
  welcome: {
    zh: '您好，这里是社区健康热线。如果有危及生命的紧急情况，请挂机直接拨打{emergency}。',
    en: 'Hello, this is the district health hotline. If a life is in danger, hang up and dial {emergency} now.',
  },
  menu: {
    zh: '问用药，请按1。问居家隔离，请按2。需要社区帮忙送药、接送或者找医生，请按3。找工作人员，请按0。再听一遍，请按星号键。您也可以直接说出您的问题。',
    en: 'For medicine questions, press 1. For home isolation, press 2. To ask the community for medicine delivery, transport or a doctor, press 3. To speak to a person, press 0. To hear this again, press star. You can also just say your question.',
  },
  /** Spoken in the other language, by that language's voice. */
  otherLanguage: { zh: 'For English, press 9.', en: '普通话请按9。' },
  /** After a silence or a wrong key: the same options, shorter. */
  menuSimple: {
    zh: '没有听到您的选择。用药按1，居家隔离按2，社区帮忙按3，工作人员按0。也可以直接说出您的问题。',
    en: 'Sorry, I did not hear a choice. Medicines, press 1. Home isolation, 2. Community help, 3. A person, 0. Or just say your question.',
  },
  askMedicine: { zh: '请说出您想问的用药问题，比如什么药、怎么吃。', en: 'Please say your question about medicines.' },
  askIsolation: { zh: '请说出您想问的居家隔离问题。', en: 'Please say your question about home isolation.' },
  askHelp: {
    zh: '请说出您需要社区帮什么忙：送药、接送去医院，还是请医生回电话。',
    en: 'Please say what you need: medicine delivery, transport to hospital, or a call-back from a doctor.',
  },
  askAnother: { zh: '请说出您的问题。', en: 'Please say your question.' },
  askSimple: {
    zh: '没有听清楚。请再说一遍您的问题，或者按0找工作人员。',
    en: 'Sorry, I did not catch that. Please say your question again, or press 0 for a person.',
  },
  afterAnswer: {
    zh: '再听一遍请按星号键，再问一个问题请按1，找工作人员请按0。',
    en: 'To hear this again press star, to ask another question press 1, for a person press 0.',
  },
  /** After an answer cut to the voice budget. */
  moreKeys: {
    zh: '想听后面的内容请按1，找工作人员请按0，再听一遍请按星号键。',
    en: 'To hear more press 1, for a person press 0, to hear this again press star.',
  },
  emergency: {
    zh: '情况紧急。请不要挂机，正在为您转接{emergency}。',
    en: 'This is an emergency. Stay on the line, connecting you to {emergency} now.',
  },
  emergencyFailed: {
    zh: '没有接通{emergency}。请马上挂机，直接拨打{emergency}。',
    en: 'The call to {emergency} did not connect. Hang up now and dial {emergency} yourself.',
  },
  operator: { zh: '正在为您转接工作人员，请稍候。', en: 'Connecting you to a person, please hold.' },
  elderly: {
    zh: '您好，这里是社区健康热线，马上为您接通工作人员，请稍候。',
    en: 'Hello, this is the district health hotline. Connecting you to a person now, please hold.',
  },
  callback: {
    zh: '工作人员现在不能接听。请在提示音后说出您的问题和需要，说完挂机就可以，我们会给您回电话。',
    en: 'Nobody can take your call right now. After the tone, say your question and what you need, then hang up. We will call you back.',
  },
  callbackThanks: {
    zh: '收到您的留言，我们会尽快给您回电话。如果情况危及生命，请直接拨打{emergency}。再见。',
    en: 'We have your message and will call you back soon. If it is life-threatening, dial {emergency} directly. Goodbye.',
  },
  callbackBooked: {
    zh: '收到您的留言，编号是{id}。我们会尽快给您回电话。如果情况危及生命，请直接拨打{emergency}。再见。',
    en: 'We have your message, number {id}, and will call you back soon. If it is life-threatening, dial {emergency} directly. Goodbye.',
  },
  noRecording: {
    zh: '没有收到留言。需要帮助请再打过来；如果情况危及生命，请直接拨打{emergency}。再见。',
    en: 'We did not get a message. Please call again if you need help; if it is life-threatening, dial {emergency} directly. Goodbye.',
  },
  goodbye: { zh: '感谢您的来电，再见。', en: 'Thank you for calling. Goodbye.' },
  apology: {
    zh: '抱歉，系统出了点问题，正在为您转接工作人员。',
    en: 'Sorry, something went wrong. Connecting you to a person.',
  },
  apologyNoDesk: {
    zh: '抱歉，系统出了点问题，请稍后再打过来。如果是紧急情况，请马上挂机，直接拨打{emergency}。',
    en: 'Sorry, something went wrong. Please call again later. If this is an emergency, hang up and dial {emergency} now.',
  },
} satisfies Record<string, Bilingual>;

export type VoiceTextKey = keyof typeof VOICE_TEXTS;
