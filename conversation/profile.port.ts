import type { Entities, Facts, IntentId, Lang } from '../core/types';

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
}

/** "血氧94正常吗": a reading with a question about it, answered by the symptom domain. */
export interface ReadingQuestions {
  asks(text: string, entities: Entities): boolean;
}
