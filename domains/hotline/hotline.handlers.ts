import { MESSAGES, say } from '../../core/messages';
import type { HandlerTable } from '../../core/types';

export interface HotlineSettings {
  emergencyNumber: string;
  operatorNumber?: string;
}

/** Handlers for intents that need no clinical knowledge (community services: domains/tickets). */
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
  };
}
