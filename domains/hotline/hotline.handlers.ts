import { MESSAGES, say } from '../../core/messages';
import { createServiceInfoHandlers } from './services-info';
import type { Bilingual, HandlerTable } from '../../core/types';

export interface HotlineSettings {
  emergencyNumber: string;
  operatorNumber?: string;
  /** The community service desk, as people should hear it. */
  serviceDesk: Bilingual;
}

/** Handlers for intents that need no clinical knowledge. */
export function createHandlers(settings: HotlineSettings): HandlerTable {
  const vars = { emergency: settings.emergencyNumber, operator: settings.operatorNumber ?? '' };
  return {
    greeting: ({ lang }) => ({ text: say(MESSAGES.greeting, lang, vars) }),
    goodbye: ({ lang }) => ({ text: say(MESSAGES.goodbye, lang, vars) }),
    fallback: ({ lang }) => ({ text: say(MESSAGES.fallback, lang, vars) }),
    'human.agent': ({ lang }) => ({
      text: say(settings.operatorNumber ? MESSAGES.human : MESSAGES.humanNoDesk, lang, vars),
      action: 'handoff_human',
    }),
    ...createServiceInfoHandlers(settings.serviceDesk),
  };
}
