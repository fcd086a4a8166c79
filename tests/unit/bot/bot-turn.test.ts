import type { TurnContext } from '@microsoft/agents-hosting';
import { botAddress } from '../../../bot/bot-address';
import { botTurn, type TurnDeps } from '../../../bot/bot-turn';
import type { Reply } from '../../../core/types';
import type { TurnOutcome } from '../../../conversation/engine';

const reply: Reply = { text: '好的。', lang: 'zh', intent: 'greeting', triage: 'none', ticket: null };
const log = { info: () => undefined, error: () => undefined };

function turn(engine: TurnDeps['engine'], activity: Record<string, unknown>) {
  const sent: unknown[] = [];
  const context = { activity, sendActivity: async (a: unknown) => sent.push(a) } as unknown as TurnContext;
  const deps: TurnDeps = { engine, metrics: { turn: () => undefined }, emergencyNumber: '120', maxTextLength: 10 };
  return { sent, run: () => botTurn(deps, log)(context) };
}

describe('botTurn', () => {
  it('hands the engine the scoped address, the activity id for de-duplication, and the text cut to the limit', async () => {
    const handle = jest.fn(async (): Promise<TurnOutcome> => ({ reply, duplicate: false }));
    const { sent, run } = turn(
      { handle },
      {
        type: 'message',
        id: 'a1',
        channelId: 'msteams',
        serviceUrl: 'https://SMBA.example.org/amer/',
        conversation: { id: 'c1' },
        text: '  布洛芬一次吃多少，一天最多几次？  ',
      },
    );
    await run();
    expect(handle).toHaveBeenCalledWith(
      expect.objectContaining({
        channel: 'bot',
        address: 'msteams|https://smba.example.org/amer|c1',
        externalId: 'msteams|https://smba.example.org/amer|c1|a1',
        text: '布洛芬一次吃多少，一',
      }),
    );
    expect(sent).toHaveLength(1);
  });

  it('a failing engine gets the hotline’s apology with the emergency number, never silence or a stack', async () => {
    const { sent, run } = turn(
      {
        handle: async () => {
          throw new Error('database away');
        },
      },
      { type: 'message', channelId: 'msteams', conversation: { id: 'c1' }, text: '你好' },
    );
    await run();
    expect(sent).toHaveLength(1);
    expect((sent[0] as { text: string }).text).toMatch(/稍后再试.*120/s);
    expect((sent[0] as { text: string }).text).not.toMatch(/database|source code/);
  });

  it('answers nothing that is not a text message', async () => {
    const handle = jest.fn();
    for (const activity of [
      { type: 'conversationUpdate', conversation: { id: 'c1' } },
      { type: 'message', conversation: { id: 'c1' }, text: '   ' },
      { type: 'typing', conversation: { id: 'c1' } },
    ]) {
      const { sent, run } = turn({ handle }, activity);
      await run();
      expect(sent).toEqual([]);
    }
    expect(handle).not.toHaveBeenCalled();
  });
});

describe('botAddress', () => {
  it('scopes a conversation id by channel and service', () => {
    expect(
      botAddress({ channelId: 'msteams', serviceUrl: 'https://a.example.org/x//', conversation: { id: 'c' } }),
    ).toBe('msteams|https://a.example.org/x|c');
    expect(botAddress({ channelId: 'emulator', conversation: { id: 'c' } })).toBe('emulator||c');
  });
});
