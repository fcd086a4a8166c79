/**
 * The answer to a check-in, as the conversation engine hands it over (after the emergency screen,
 * which answers an emergency itself). 1 / "fine" is well; 2 / "need help" and worsening open a
 * ticket with the answer; anything else is recorded and then answered like any message.
 */
import { say } from '../../core/messages';
import type { CheckInOutcome } from '../../core/key-people';
import type { IntentHandler } from '../../core/types';
import { CHECK_IN_TEXTS } from '../../core/check-in-texts';
import type { CheckInService } from './check-in.service';

const WELL =
  /^\s*(1|一|好|很好|挺好|还好|还行|都好|没事|没事儿|没问题|正常|一切都好|一切正常|身体好|well|fine|good|ok|okay|all good|i'?m (fine|ok|okay|well|good))\s*[。.!！,，]*\s*$/i;
const HELP =
  /^\s*(0|2|二)\s*[。.!！]*\s*$|需要帮助|需要帮忙|帮帮我|帮忙|来人|need (help|something)|help me|^\s*help\s*$/i;
const WORSE = /加重|更重|更严重|越来越|更难受|不行了|恶化|变差|更差|worse|worsening|getting bad/i;

export function readCheckInAnswer(text: string, triage: string): CheckInOutcome {
  if (triage === 'emergency') return 'emergency';
  if (WORSE.test(text) || triage === 'urgent') return 'worse';
  if (HELP.test(text)) return 'needs_help';
  if (WELL.test(text)) return 'well';
  return 'other';
}

export function createCheckInHandler(deps: { checkIns: CheckInService; emergencyNumber: string }): IntentHandler {
  return async (ctx) => {
    const checkInId = String(ctx.answering?.data?.checkInId ?? '');
    const outcome = readCheckInAnswer(ctx.text, ctx.screening.triage);
    const vars = { emergency: deps.emergencyNumber };
    if (!checkInId) return { text: say(CHECK_IN_TEXTS.helpNoTicket, ctx.lang, vars), declined: true };
    const { ticketId, recorded } = await deps.checkIns.answer({
      checkInId,
      outcome,
      text: ctx.text,
      lang: ctx.lang,
      triage: ctx.screening.triage,
    });
    // The check-in was closed already (answered, or a call-back ticket opened): this message is not its
    // answer, and promising a call now would be a promise nobody keeps. Route it like any message.
    if (!recorded) return { text: '', declined: true };
    if (outcome === 'well') return { text: say(CHECK_IN_TEXTS.well, ctx.lang, vars) };
    if (outcome === 'other') return { text: '', declined: true };
    if (!ticketId) return { text: say(CHECK_IN_TEXTS.helpNoTicket, ctx.lang, vars), action: 'handoff_human' };
    return {
      text: say(CHECK_IN_TEXTS.help, ctx.lang, { ...vars, id: ticketId }),
      ticket: { id: ticketId, status: 'new', service: outcome === 'worse' ? 'doctor_callback' : 'human_callback' },
    };
  };
}
