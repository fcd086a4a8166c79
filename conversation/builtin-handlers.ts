import { MESSAGES, say } from './messages';
import { createServiceInfoHandlers } from './services-info';
import type { Bilingual, IntentHandler, IntentId } from './types';

export interface BuiltinSettings {
  emergencyNumber: string;
  operatorNumber?: string;
  /** The community service desk, as people should hear it. */
  serviceDesk: Bilingual;
}

/** Handlers for intents that need no clinical knowledge. */
export function createBuiltinHandlers(settings: BuiltinSettings): Partial<Record<IntentId, IntentHandler>> {
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
