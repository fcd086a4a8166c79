import type { Lang } from '../core/types';

/** What the hotline remembers about a phone number across calls and messages. */
export interface CallerProfile {
  phone: string;
  lang: Lang | null;
  /** 65+: goes straight to a person on the voice line when an operator number is set. */
  elderly: boolean;
  smsOptOut: boolean;
}

/** Channel code sees callers through this; db/caller.repository.ts implements it. */
export interface CallerRepository {
  find(phone: string): Promise<CallerProfile | null>;
  setSmsOptOut(phone: string, optOut: boolean): Promise<void>;
  setLang(phone: string, lang: Lang): Promise<void>;
}
