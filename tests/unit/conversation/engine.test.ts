/**
 * The engine's contract, with a scripted classifier and screen so each rule is visible:
 * the screen runs first on every turn, low confidence asks instead of guessing, follow-ups
 * reach the handler that asked, and channel retries are answered once.
 */
import { ConversationEngine } from '../../../conversation/engine';
import type { EngineParts } from '../../../conversation/engine';
import type { Classification, IntentHandler, IntentId, Screening, TurnContext } from '../../../core/types';
import { MemoryStore } from '../../../harness/memory-store';

type Script = Record<string, Classification>;

function cls(intent: IntentId, score = 0.95, alternatives: Classification['alternatives'] = []): Classification {
  return { intent, score, alternatives };
}

function understanding(
  script: Script,
  emergencies: string[] = [],
): Omit<EngineParts, 'store' | 'handlers' | 'settings'> {
  return {
    classifier: { classify: (text) => script[text] ?? cls('fallback', 0.2, [{ intent: 'clinic.find', score: 0.15 }]) },
    entities: {
      detectLang: (text) => (/\p{Script=Han}/u.test(text) ? 'zh' : 'en'),
      extract: (text) => ({
        ...(/85岁/.test(text) ? { ages: [85] } : {}),
        ...(text.includes('泰诺') ? { medicines: ['tylenol'] } : {}),
      }),
    },
    screen: {
      screen: ({ text }): Screening => {
        if (emergencies.some((e) => text.includes(e))) {
          return {
            triage: 'emergency',
            reasons: [
              { ruleId: 'unresponsive', label: { zh: '叫不醒', en: 'unresponsive' }, sourceId: 'nhc-home-2022' },
            ],
          };
        }
        if (text.includes('血氧93'))
          return {
            triage: 'urgent',
            reasons: [{ ruleId: 'spo2.low', label: { zh: '血氧偏低', en: 'low SpO2' }, sourceId: 'nhc-home-2022' }],
          };
        return { triage: 'none', reasons: [] };
      },
      emergencyAdvice: (_s, lang) => (lang === 'zh' ? '马上拨打120' : 'Call 120 now'),
      urgentAdvice: () => '今天就医',
      possibleEmergencyAdvice: (_t, lang) =>
        lang === 'zh' ? '是不是喘不上气？如果是，马上拨打120' : 'Call 120 if yes',
    },
  };
}

const seen: TurnContext[] = [];
const handlers: Partial<Record<IntentId, IntentHandler>> = {
  'medication.dose': (ctx) => {
    seen.push(ctx);
    if (!ctx.entities.medicines?.length && !ctx.answering)
      return { text: '哪种药？', pending: { intent: 'medication.dose', slot: 'medicine' } };
    return { text: `剂量答复:${ctx.text}`, facts: { medicines: ctx.entities.medicines } };
  },
  'clinic.find': () => ({ text: '发热门诊列表' }),
  'symptom.advice': (ctx) => ({ text: `症状建议:${ctx.screening.triage}` }),
  'medication.safety': () => ({ text: '药品安全' }),
  'human.agent': () => ({ text: '转人工', action: 'handoff_human' }),
  fallback: () => ({ text: '超出范围' }),
  greeting: () => ({ text: '您好' }),
};

function engineWith(script: Script, emergencies: string[] = []) {
  const store = new MemoryStore();
  const engine = new ConversationEngine({
    store,
    ...understanding(script, emergencies),
    handlers,
    settings: { emergencyNumber: '120' },
  });
  return { store, engine };
}

const msg = (text: string, extra: Partial<Parameters<ConversationEngine['handle']>[0]> = {}) => ({
  channel: 'api' as const,
  address: 's1',
  text,
  ...extra,
});

describe('ConversationEngine', () => {
  beforeEach(() => (seen.length = 0));

  it('answers an emergency before anything else, even in the middle of a follow-up question', async () => {
    const { engine } = engineWith({ 布洛芬怎么吃: cls('medication.dose') }, ['叫不醒']);
    const first = await engine.handle(msg('布洛芬怎么吃'));
    expect(first.reply.text).toBe('哪种药？');
    const second = await engine.handle(msg('我爸叫不醒了'));
    expect(second.reply).toMatchObject({
      intent: 'emergency',
      triage: 'emergency',
      action: 'call_emergency',
      text: '马上拨打120',
    });
    // The pending question is dropped: the next message is not taken as the medicine name.
    const third = await engine.handle(msg('你好'));
    expect(third.reply.intent).not.toBe('medication.dose');
  });

  it('sends a follow-up answer back to the handler that asked', async () => {
    const { engine } = engineWith({ 布洛芬怎么吃: cls('medication.dose') });
    await engine.handle(msg('布洛芬怎么吃'));
    const answer = await engine.handle(msg('泰诺'));
    expect(answer.reply.intent).toBe('medication.dose');
    expect(answer.reply.text).toBe('剂量答复:泰诺');
    expect(seen[1].answering).toEqual({ intent: 'medication.dose', slot: 'medicine' });
  });

  it('asks with choices instead of guessing when the classifier is unsure, and a digit picks one', async () => {
    const { engine } = engineWith({});
    const unsure = await engine.handle(msg('那个东西在哪'));
    expect(unsure.reply.intent).toBe('fallback');
    expect(unsure.reply.choices?.map((c) => c.id)).toEqual(['1', '0']);
    expect(unsure.reply.choices?.at(-1)?.label).toBe('人工服务');
    const picked = await engine.handle(msg('1'));
    expect(picked.reply).toMatchObject({ intent: 'clinic.find', text: '发热门诊列表', lang: 'zh' });
  });

  it('gives the handler the words of a picked choice, not the digit', async () => {
    const menu: IntentHandler = (ctx) =>
      ctx.answering
        ? { text: `topic:${ctx.text}` }
        : {
            text: 'which topic?',
            choices: [{ id: '1', label: 'Expiry', value: 'expired medicine' }],
            pending: { intent: 'medication.safety', slot: 'topic' },
          };
    const store = new MemoryStore();
    const engine = new ConversationEngine({
      store,
      ...understanding({ 'medicine safety': cls('medication.safety') }),
      handlers: { 'medication.safety': menu },
      settings: { emergencyNumber: '120' },
    });
    await engine.handle(msg('medicine safety'));
    const picked = await engine.handle(msg('1'));
    expect(picked.reply.text).toBe('topic:expired medicine');
  });

  it('reports the best guess as the intent of a clarifying question', async () => {
    const { engine } = engineWith({
      那个药: cls('medication.dose', 0.4, [{ intent: 'medication.safety', score: 0.3 }]),
    });
    const res = await engine.handle(msg('那个药'));
    expect(res.reply.intent).toBe('medication.dose');
    expect(res.reply.choices?.map((c) => c.label)).toEqual([
      '药怎么吃、吃多少',
      '药品安全（过期、购买、偏方）',
      '人工服务',
    ]);
  });

  it('keeps the conversation language for a bare digit and detects it from text otherwise', async () => {
    const { engine } = engineWith({ hello: cls('greeting') });
    expect((await engine.handle(msg('hello'))).reply.lang).toBe('en');
    expect((await engine.handle(msg('你好'))).reply.lang).toBe('zh');
    expect((await engine.handle(msg('3'))).reply.lang).toBe('zh');
  });

  it('never dismisses what the classifier hears as an emergency: asks about red flags, at least urgent', async () => {
    const { engine } = engineWith({ 我爸不太对劲: cls('emergency', 0.9) });
    const res = await engine.handle(msg('我爸不太对劲'));
    expect(res.reply).toMatchObject({ intent: 'emergency', triage: 'urgent' });
    expect(res.reply.text).toContain('120');
    expect(res.reply.action).toBeUndefined();
  });

  it('gives symptom advice led by the urgent screen when the classifier and screen disagree on severity', async () => {
    const { engine } = engineWith({ 血氧93有点累: cls('emergency', 0.9) });
    const res = await engine.handle(msg('血氧93有点累'));
    expect(res.reply).toMatchObject({ intent: 'symptom.advice', triage: 'urgent', text: '今天就医\n症状建议:urgent' });
  });

  it('puts the urgent advice first when someone who needs a clinician today asks something else', async () => {
    const { engine } = engineWith({ '血氧93 药过期了还能吃吗': cls('medication.safety') });
    const res = await engine.handle(msg('血氧93 药过期了还能吃吗'));
    expect(res.reply.triage).toBe('urgent');
    expect(res.reply.text).toBe('今天就医\n药品安全');
  });

  it('asks the deciding questions and names 120 when only the classifier hears an emergency', async () => {
    const { engine } = engineWith({ 我爸不太对劲: cls('emergency', 0.9) });
    const res = await engine.handle(msg('我爸不太对劲'));
    expect(res.reply).toMatchObject({ intent: 'emergency', triage: 'urgent' });
    expect(res.reply.text).toBe('是不是喘不上气？如果是，马上拨打120');
  });

  it('remembers facts from entities for later turns', async () => {
    const { engine, store } = engineWith({ 我妈85岁: cls('greeting') });
    await engine.handle(msg('我妈85岁'));
    const [conv] = store.conversations.values();
    expect(conv.state.facts.ages).toEqual([85]);
  });

  it('answers a repeated delivery from the stored reply without a second turn', async () => {
    const { engine, store } = engineWith({ 你好: cls('greeting') });
    const [a, b] = await Promise.all([
      engine.handle(msg('你好', { externalId: 'SM1' })),
      engine.handle(msg('你好', { externalId: 'SM1' })),
    ]);
    expect(a.reply).toEqual(b.reply);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(store.turns).toHaveLength(1);
  });

  it('retries a turn that lost a race with another turn of the same conversation', async () => {
    const { engine, store } = engineWith({ 你好: cls('greeting') });
    await Promise.all([engine.handle(msg('你好')), engine.handle(msg('你好'))]);
    expect(store.turns).toHaveLength(2);
    expect(store.turns.map((t) => t.expectedVersion).sort()).toEqual([0, 1]);
  });

  describe('the first screen, computed once in front of the route and handed on', () => {
    function counted(emergencies: string[]) {
      const parts = understanding({ 你好: cls('greeting') }, emergencies);
      const screened: string[] = [];
      const screen = parts.screen;
      parts.screen = { ...screen, screen: (input) => (screened.push(input.text), screen.screen(input)) };
      return { parts, screened };
    }

    it('is not screened again on first contact, and is screened again with what the conversation remembers', async () => {
      const { parts, screened } = counted([]);
      const engine = new ConversationEngine({
        store: new MemoryStore(),
        ...parts,
        handlers,
        settings: { emergencyNumber: '120' },
      });
      const first = engine.screenFirst({ text: '我85岁' });
      await engine.handle(msg('我85岁', { screened: first }));
      expect(screened).toEqual(['我85岁']);
      // Now the conversation knows an age: the screen reads the next message with it.
      await engine.handle(msg('你好', { screened: engine.screenFirst({ text: '你好' }) }));
      expect(screened).toEqual(['我85岁', '你好', '你好']);
    });

    it('answers from the words received, never from a verdict made of other words', async () => {
      const { parts } = counted(['叫不醒']);
      const engine = new ConversationEngine({
        store: new MemoryStore(),
        ...parts,
        handlers,
        settings: { emergencyNumber: '120' },
      });
      const other = engine.screenFirst({ text: '你好' });
      const turn = await engine.handle(msg('我爸叫不醒了', { screened: other }));
      expect(turn.reply).toMatchObject({ triage: 'emergency', action: 'call_emergency' });
    });

    it('answers an emergency from the handed-on verdict when the database is down', async () => {
      const { parts, screened } = counted(['叫不醒']);
      const store = new MemoryStore();
      store.startTurn = () => Promise.reject(new Error('connection refused'));
      const engine = new ConversationEngine({ store, ...parts, handlers, settings: { emergencyNumber: '120' } });
      const turn = await engine.handle(msg('我爸叫不醒了', { screened: engine.screenFirst({ text: '我爸叫不醒了' }) }));
      expect(turn).toMatchObject({ unstored: true, reply: { triage: 'emergency', text: '马上拨打120' } });
      expect(screened).toEqual(['我爸叫不醒了']);
      await expect(engine.handle(msg('你好', { screened: engine.screenFirst({ text: '你好' }) }))).rejects.toThrow();
    });
  });
});
