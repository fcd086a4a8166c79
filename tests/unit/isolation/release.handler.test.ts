import { createHandlers, ISOLATION_RULE_SET_IDS, UnknownRuleSetError } from '../../../domains/isolation';
import type { Classification, HandlerResult, IntentId } from '../../../core/types';
import { extractEntities } from '../../../nlp/entities';
import { makeCtx, NOW, type CtxOptions } from '../knowledge/turn-context';

const handlers = createHandlers({ ruleSetId: 'zhejiang-2022-12-24' });
/** The domain reads the message through its entities, so they are extracted as the engine would. */
const withEntities = (text: string, options: CtxOptions = {}) =>
  makeCtx(text, {
    intent: 'isolation.release',
    ...options,
    entities: { ...extractEntities(text, /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', NOW), ...options.entities },
  });
const run = (text: string, options: CtxOptions = {}) =>
  handlers['isolation.release']!(withEntities(text, options)) as HandlerResult;

describe('isolation.release (Zhejiang rules, today 27 Dec 2022)', () => {
  it('exposes the rule set ids and refuses unknown ones', () => {
    expect(ISOLATION_RULE_SET_IDS).toContain('zhejiang-2022-12-24');
    expect(() => createHandlers({ ruleSetId: 'nowhere' })).toThrow(UnknownRuleSetError);
  });

  it('explains the rule and asks for the positive date, then gives the date', () => {
    const first = run('阳了以后多久可以出门');
    expect(first.text).toContain('隔离满7天');
    expect(first.pending).toMatchObject({ intent: 'isolation.release', slot: 'positiveDate' });
    const second = run('12月23日', { answering: first.pending, entities: { dates: ['2022-12-23'] } });
    expect(second.text).toContain('12月30日起可以结束居家隔离');
    expect(second.facts?.positiveTestDate).toBe('2022-12-23');
  });

  it('reads "阳了第5天" as day 5 counting the positive day as day 1', () => {
    const r = run('阳了第5天，什么时候能上班', { entities: { days: 5 } });
    expect(r.text).toContain('12月30日');
    expect(r.facts?.positiveTestDate).toBe('2022-12-23');
  });

  it('reads a Chinese date and a fever still there', () => {
    expect(run('12月20日阳的，今天还在发烧').text).toContain('现在还不能结束隔离');
  });

  it('answers "today" in English with the conditions, and asks about the 24 hours', () => {
    const r = run('I tested positive 7 days ago and my fever is gone, can I go back to work?', {
      entities: { days: 7 },
    });
    expect(r.text).toContain('from today (27 Dec)');
    expect(r.text).toMatch(/No PCR or antigen test is needed to return to work/);
    expect(r.pending?.slot).toBe('feverStatus');
    const next = run('yes', { answering: r.pending, facts: r.facts as object });
    expect(next.text).not.toMatch(/no fever for more than 24 hours/);
    expect(next.facts?.feverFreeSince).toBe('2022-12-26');
  });

  it('gives a definite answer when everything is said, using facts from an earlier turn', () => {
    const r = run('已经两天没发烧了，也没吃退烧药，好多了', { facts: { positiveTestDate: '2022-12-18' } });
    expect(r.text).toContain('今天（12月27日）起可以结束居家隔离。');
    expect(r.pending).toBeUndefined();
  });

  it('says not yet on day 8 with a fever, and why', () => {
    const r = run("It's day 8 and I still have a fever");
    expect(r.text).toMatch(/not yet: you still have a fever/);
  });

  it('does not take how long the fever has been gone for the day of the positive test', () => {
    const r = run('No fever for two days, how much longer must I stay home?');
    expect(r.pending).toMatchObject({ slot: 'positiveDate' });
    expect(r.facts?.positiveTestDate).toBeUndefined();
  });

  it('knows a cold medicine with acetaminophen in it keeps a fever down', () => {
    expect(run('阳了第9天，吃了感冒灵不烧了').text).toContain('现在还不能结束隔离，因为还在发烧，或要靠退烧药才退烧');
  });

  it('follows the configured jurisdiction', () => {
    const xm = createHandlers({ ruleSetId: 'xiamen-2022-12-27' })['isolation.release']!;
    const r = xm(withEntities('阳了第6天，抗原转阴了，症状好多了')) as HandlerResult;
    expect(r.text).toContain('厦门');
    expect(r.text).toContain('今天（12月27日）起可以结束居家隔离');
  });
});

describe('isolation.release follow-up answers (today 27 Dec 2022)', () => {
  const elsewhere = (intent: IntentId, score: number): Classification => ({ intent, score, alternatives: [] });
  const reply = (text: string, options: CtxOptions & { classification?: Classification } = {}) =>
    handlers['isolation.release']!({
      ...withEntities(text, options),
      classification: options.classification,
    }) as HandlerResult;

  it('sees the answer first, whatever the classifier makes of it, and reads it from the entities', () => {
    const first = run('阳了第7天，能出门吗');
    expect(first.pending).toMatchObject({ slot: 'feverStatus', answerFirst: true });
    const r = reply('不发烧了，两天没烧了', {
      answering: first.pending,
      facts: first.facts as object,
      classification: elsewhere('symptom.advice', 0.97),
    });
    expect(r.declined).toBeUndefined();
    expect(r.text).toContain('12月28日起可以结束居家隔离，前提是症状明显好转');
  });

  it('declines a message that says nothing about the illness, so the engine routes it afresh', () => {
    const first = run('阳了第7天，能出门吗');
    expect(reply('布洛芬一次吃几片', { answering: first.pending }).declined).toBe(true);
    expect(reply('谢谢', { answering: first.pending }).declined).toBe(true);
  });

  it('declines a new question about something else even when it carries a fever fact', () => {
    const first = run('阳了第7天，能出门吗');
    const question = reply('不烧了，还能吃布洛芬吗', {
      answering: first.pending,
      classification: elsewhere('medication.dose', 0.7),
    });
    expect(question.declined).toBe(true);
    // The same fact as a statement is an answer.
    const statement = reply('不烧了，吃过布洛芬', {
      answering: first.pending,
      classification: elsewhere('medication.dose', 0.7),
    });
    expect(statement.declined).toBeUndefined();
  });

  it('takes a bare "今天" as the answer to "which day?", never otherwise', () => {
    const first = run('阳了多久能解除隔离');
    expect(first.pending).toMatchObject({ slot: 'positiveDate', answerFirst: true });
    expect(run('今天', { answering: first.pending }).text).toContain('1月3日起');
    expect(run('今天能出门吗', { facts: { positiveTestDate: '2022-12-22' } }).text).toContain('12月29日起');
  });

  it('answers a situation in either isolation intent, with the person’s own date', () => {
    const home = handlers['isolation.home']!(
      withEntities('阳了第3天，能去看我外婆吗', { intent: 'isolation.home' }),
    ) as HandlerResult;
    expect(home.text).toContain('不要去看望老人');
    expect(home.text).toContain('1月1日起可以结束居家隔离');
    expect(home.sources).toEqual(expect.arrayContaining(['nhc-home-2022', 'zj-release-2022-12-24']));
    const contact = run('我是密接，要隔离几天');
    expect(contact.text).toContain('密切接触者');
    expect(contact.pending).toBeUndefined();
    expect(contact.sources).toContain('state-council-optimise-2022-12-07');
  });
});
