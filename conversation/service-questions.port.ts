import type { IntentId, Lang } from '../core/types';

/**
 * What the tickets domain recognises by a message's shape, whatever the classifier heard: an earlier
 * request asked after ("我前天约的车明天能来吗": its status, not a new request), and a story that names
 * what is needed and ends in a vague ask ("…社区能不能帮帮忙", "is there anything you can do?": a
 * request for that service).
 */
export interface ServiceQuestions {
  /** Asks after a request made before: answered from the caller's own tickets. */
  asksAfterEarlier(text: string, lang: Lang): boolean;
  /** The service a story ending in a vague ask is a request for; undefined when it names none. */
  vagueAskFor(text: string, lang: Lang): IntentId | undefined;
  /** A vehicle asked for to a place of care ("is there any car service to the fever clinic?"). */
  asksForRide?(text: string, lang: Lang): boolean;
  /**
   * A story ending in a vague ask that says the person cannot get to the appointment ("不会开车，打不到车…
   * 社区能不能帮帮忙"): transport, even when a doctor is named as the reason for the trip.
   */
  cannotGetThere?(text: string, lang: Lang): boolean;
  /** Medicine or test kits asked to be brought ("need children's ibuprofen delivered"): a delivery request. */
  asksForDelivery?(text: string, lang: Lang): boolean;
  /** Contact details or when the person is in, asking nothing: an answer for the request form open. */
  answersForm?(text: string, lang: Lang): boolean;
}
