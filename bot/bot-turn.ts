/**
 * One Bot Framework turn: a person's message to the engine (channel "bot", addressed by channel,
 * service and conversation), the reply back as an Activity. Anything that is not a text message
 * (conversation updates, typing, card submissions without text) is acknowledged and not answered.
 */
import { ActivityTypes } from '@microsoft/agents-activity';
import { MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import type { ChannelMetrics, MessageHandler } from '../conversation/channel';
import { botAddress } from './bot-address';
import { faultText } from './bot-texts';
import { replyActivity } from './reply-activity';

export interface TurnDeps {
  engine: MessageHandler;
  metrics: ChannelMetrics;
  emergencyNumber: string;
  maxTextLength: number;
}

export interface TurnLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export function botTurn(deps: TurnDeps, log: TurnLog): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const { activity } = context;
    const text = activity.type === ActivityTypes.Message ? (activity.text ?? '').trim() : '';
    if (!text) return;
    const address = botAddress(activity);
    try {
      const outcome = await deps.engine.handle({
        channel: 'bot',
        address,
        text: text.slice(0, deps.maxTextLength),
        receivedAt: new Date(),
        // Activity ids are unique within a conversation only.
        externalId: activity.id ? `${address}|${activity.id}` : undefined,
      });
      deps.metrics.turn('bot', outcome.reply, outcome.duplicate);
      const { reply, conversationId, duplicate } = outcome;
      log.info({ conversationId, intent: reply.intent, triage: reply.triage, duplicate }, 'bot turn');
      await context.sendActivity(replyActivity(reply, deps.emergencyNumber));
    } catch (err) {
      log.error({ err }, 'bot turn failed');
      await context.sendActivity(MessageFactory.text(faultText(deps.emergencyNumber)));
    }
  };
}
