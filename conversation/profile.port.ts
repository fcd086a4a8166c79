import type { Entities, Facts, FollowUp, IntentId, Lang } from '../core/types';

/**
 * What the medicine domain reads from every message for the person's profile, whatever the
 * message is routed to: conditions ("我有肝病"), regular medicines ("每天吃阿司匹林护心") and what
 * was already taken ("已经吃了两片泰诺林").
 */
export interface ProfileReading {
  conditions: string[];
  regularMedicines: string[];
  taken: { medicine: string; units?: number; hoursAgo?: number }[];
}

export interface MedicineQuestions {
  read(text: string, lang: Lang, entities: Entities): ProfileReading;
  /**
   * The medication intent a message certainly is, by its shape (medicines named, a dose asked, a
   * profile stated), for when the classifier has heard something else or is unsure; undefined keeps
   * its answer.
   */
  route(
    text: string,
    lang: Lang,
    entities: Entities,
    facts: Facts,
    heard: IntentId,
    unsure: boolean,
  ): IntentId | undefined;
  /**
   * A message that follows up the last answer without naming a medicine: "那孩子呢", "what about my
   * mum?" (another person: `namesPerson`, as the conversation reads who a message is about) or
   * "还能吃多久", "how often?" (another aspect); "he has asthma, is that a problem?" (`suitability`: whether
   * they suit the person, a condition question). Undefined for anything else.
   */
  followUp?(
    text: string,
    entities: Entities,
    namesPerson: boolean,
  ): (Pick<FollowUp, 'aspect'> & { suitability?: boolean }) | undefined;
}

/** "血氧94正常吗": a reading with a question about it, answered by the symptom domain. */
export interface ReadingQuestions {
  asks(text: string, entities: Entities): boolean;
  /** "现在38.9", "its 38.1 now, no meds taken yet": a temperature told as news, no medicine named. */
  reports?(text: string, entities: Entities): boolean;
  /** "is 37.8 worth worrying about?": a feverish temperature asked about, nothing else named. */
  asksTemperature?(text: string, entities: Entities): boolean;
  /** "it says 94 now, was 96 an hour ago" with the oximeter in hand: an SpO2 reading told as news. */
  reportsSpo2?(text: string, entities: Entities): boolean;
}
