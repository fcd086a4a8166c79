/**
 * Forms in the engine (a service request being filled): the asking handler sees the next message
 * first and may decline it; the form outlives an emergency and other questions, remembers the most
 * severe screen level, and "继续" resumes it.
 */
import { ConversationEngine } from '../../../conversation/engine';
import type { Classification, HandlerResult, IntentId, TurnContext } from '../../../core/types';
import { MemoryStore } from '../../../harness/memory-store';

const cls = (intent: IntentId, score = 0.95): Classification => ({ intent, score, alternatives: [] });
const SCRIPT: Record<string, Classification> = {
  送药: cls('service.drug_delivery'),
  西一社区3幢: cls('clinic.find', 0.9),
  布洛芬和感冒灵能一起吃吗: cls('medication.combination', 0.97),
  她好像不太对劲: cls('emergency', 0.9),
};

const seen: TurnContext[] = [];
function formHandler(ctx: TurnContext): HandlerResult {
  seen.push(ctx);
  const form = ctx.state.form ?? { intent: 'service.drug_delivery' as const, id: 'form-1', data: { asked: 'address' } };
  if (ctx.answering && !ctx.text.includes('社区')) return { text: '', declined: true };
  if (ctx.answering) return { text: `地址:${ctx.text}`, form: null };
  return {
    text: ctx.state.form ? '继续：请说地址' : '请说地址',
    pending: { intent: 'service.drug_delivery', slot: 'address', answerFirst: true },
    form,
  };
}

function engine() {
  const store = new MemoryStore();
  const e = new ConversationEngine({
    store,
    classifier: { classify: (text) => SCRIPT[text] ?? cls('fallback', 0.3) },
    entities: { detectLang: () => 'zh', extract: () => ({}) },
    screen: {
      screen: ({ text }) =>
        text.includes('喘不上气')
          ? {
              triage: 'emergency',
              reasons: [{ ruleId: 'b', label: { zh: '呼吸困难', en: 'b' }, sourceId: 'nhc-home-2022' }],
            }
          : { triage: 'none', reasons: [] },
      emergencyAdvice: () => '马上拨打120',
      possibleEmergencyAdvice: () => '如果是，马上拨打120',
      urgentAdvice: () => '今天就医',
    },
    handlers: {
      'service.drug_delivery': formHandler,
      'clinic.find': () => ({ text: '发热门诊列表' }),
      'medication.combination': () => ({ text: '不能一起吃' }),
      fallback: () => ({ text: '超出范围' }),
    },
    settings: { emergencyNumber: '120' },
  });
  const say = async (text: string) => (await e.handle({ channel: 'sms', address: '+8613800000001', text })).reply;
  return { say, store };
}

const state = (store: MemoryStore) => [...store.conversations.values()][0]!.state;

describe('forms in the engine', () => {
  beforeEach(() => (seen.length = 0));

  it('gives the asking handler the next message first, even when the classifier is sure of another intent', async () => {
    const { say } = engine();
    await say('送药');
    expect((await say('西一社区3幢')).text).toBe('地址:西一社区3幢');
    expect(seen[1]!.answering).toMatchObject({ slot: 'address' });
    expect(seen[1]!.classification).toMatchObject({ intent: 'clinic.find' });
    expect(seen[1]!.conversation).toMatchObject({ channel: 'sms', address: '+8613800000001' });
  });

  it('routes a declined message afresh, keeps the form and says it is waiting', async () => {
    const { say, store } = engine();
    await say('送药');
    const other = await say('布洛芬和感冒灵能一起吃吗');
    expect(other.intent).toBe('medication.combination');
    expect(other.text).toMatch(/^不能一起吃\n（您的申请还没有提交，回复“继续”接着办。）$/);
    expect(state(store).form).toMatchObject({ id: 'form-1' });
    expect(state(store).pending).toBeUndefined();
  });

  it('keeps the form through an emergency, with its level, and "继续" resumes it', async () => {
    const { say, store } = engine();
    await say('送药');
    const emergency = await say('我妈喘不上气了');
    expect(emergency).toMatchObject({ intent: 'emergency', text: '马上拨打120' });
    expect(state(store).pending).toBeUndefined();
    expect(state(store).form).toMatchObject({ id: 'form-1', triage: 'emergency' });
    expect((await say('继续')).text).toBe('继续：请说地址');
    expect((await say('西一社区3幢')).text).toBe('地址:西一社区3幢');
    expect(state(store).form).toBeUndefined();
  });

  it('gives way to an emergency the classifier is sure of, even while the form asks first', async () => {
    const { say, store } = engine();
    await say('送药');
    const reply = await say('她好像不太对劲');
    expect(reply).toMatchObject({ intent: 'emergency', triage: 'urgent' });
    expect(reply.text).toMatch(/120/);
    expect(seen).toHaveLength(1);
    expect(state(store).form).toMatchObject({ id: 'form-1' });
  });
});
