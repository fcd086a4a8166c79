import { createHandlers, ISOLATION_RULE_SET_IDS, UnknownRuleSetError } from '../../../domains/isolation';
import type { HandlerResult } from '../../../core/types';
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
