/**
 * The engine's Reply as a Bot Framework Activity: choices as suggested actions (imBack with the
 * label, which the engine recognises as the choice), an emergency as a hero card whose button opens
 * `tel:` (openUrl: Teams has no "call" action), the ticket as a line of text.
 */
import { ActionTypes, Activity, ActivityTypes, InputHints } from '@microsoft/agents-activity';
import { CardFactory } from '@microsoft/agents-hosting';
import { renderRich } from '../conversation/output';
import type { Lang, Reply } from '../core/types';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

export function replyActivity(reply: Reply, emergencyNumber: string): Activity {
  const { text, buttons, call } = renderRich(reply, emergencyNumber);
  return Activity.fromObject({
    type: ActivityTypes.Message,
    text,
    textFormat: 'plain',
    locale: LOCALE[reply.lang],
    inputHint: buttons.length ? InputHints.ExpectingInput : InputHints.AcceptingInput,
    ...(buttons.length
      ? {
          suggestedActions: {
            to: [],
            actions: buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.label, value: b.label })),
          },
        }
      : {}),
    ...(call
      ? {
          attachments: [
            {
              contentType: CardFactory.contentTypes.heroCard,
              content: {
                title: call.title,
                buttons: [{ type: ActionTypes.OpenUrl, title: call.label, value: call.uri }],
              },
            },
          ],
        }
      : {}),
  });
}
