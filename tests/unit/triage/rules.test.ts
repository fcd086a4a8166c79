import { TRIAGE_LEVELS } from '../../../core/types';
import { loadRedFlags, redFlags, type Condition } from '../../../knowledge/red-flags';
import atoms from '../../../knowledge/red-flags/atoms.json';
import rules from '../../../knowledge/red-flags/rules.json';
import signs from '../../../knowledge/red-flags/signs.json';
import tips from '../../../knowledge/red-flags/tips.json';
import { getSource } from '../../../knowledge/sources';
import { extractEntities } from '../../../nlp/entities';
import { screenMessage } from '../../../triage';
import { NOW, screen } from './helpers';

const raw = () => JSON.parse(JSON.stringify({ atoms, signs, rules, tips }));

/** The numbers a rule compares a vital sign with, wherever they sit in its condition. */
function thresholds(c: Condition, vital: string, out: number[] = []): number[] {
  if ('vital' in c && c.vital === vital) out.push(c.value);
  if ('all' in c) c.all.forEach((x) => thresholds(x, vital, out));
  if ('any' in c) c.any.forEach((x) => thresholds(x, vital, out));
  if ('not' in c) thresholds(c.not, vital, out);
  return out;
}
const rule = (id: string) => redFlags.rules.find((r) => r.id === id)!;

describe('red-flag rule data', () => {
  it.each(redFlags.rules.map((r) => [r.id, r.source] as const))('%s cites a registered source (%s)', (_id, source) => {
    expect(getSource(source)).toBeDefined();
  });

  it('every rule has a level and labels in both languages', () => {
    for (const r of redFlags.rules) {
      expect(TRIAGE_LEVELS).toContain(r.level);
      expect(r.label.zh.length).toBeGreaterThan(0);
      expect(r.label.en.length).toBeGreaterThan(0);
    }
  });

  it('an extra dose by mistake (urgent) and an overdose (emergency) share no phrase', () => {
    const extra = redFlags.signs.get('dose.extra')!.phrases;
    const overdose = redFlags.signs.get('overdose')!.phrases;
    for (const lang of ['zh', 'en'] as const) {
      expect(extra[lang].filter((p) => overdose[lang].includes(p))).toEqual([]);
    }
  });

  it('thresholds follow the sources', () => {
    expect(thresholds(rule('spo2.low').when, 'spo2')).toEqual([93]);
    expect(thresholds(rule('spo2.severe').when, 'spo2')).toEqual([90]);
    expect(thresholds(rule('fever.persistent').when, 'days')).toEqual([3]);
    expect(thresholds(rule('fever.persistent').when, 'temperatureC')).toContain(38.5);
    // China's COVID protocol (10th ed.): RR ≥ 30 in adults is a severe case.
    expect(thresholds(rule('breathing.rate-high').when, 'respiratoryRate')).toContain(30);
    expect(thresholds(rule('infant.fever').when, 'temperatureC')).toEqual([38]);
  });

  it('refuses a file that does not fit its schema, naming the path', () => {
    const bad = raw();
    bad.rules.rules[0].level = 'panic';
    expect(() => loadRedFlags(bad)).toThrow(/rules\.json.*rules\[0\].*level "panic"/);
    const extra = raw();
    extra.signs.signs[0].colour = 'red';
    expect(() => loadRedFlags(extra)).toThrow(/signs\.json/);
  });

  it('refuses a rule naming a sign, qualifier, tip or source that does not exist', () => {
    const bad = raw();
    bad.rules.rules[0].when = { all: [{ sign: 'no.such.sign' }, { qualifier: 'q.nope' }] };
    bad.rules.rules[0].tip = 'no-tip';
    bad.rules.rules[0].source = 'no-source';
    const message = (() => {
      try {
        loadRedFlags(bad);
      } catch (err) {
        return (err as Error).message;
      }
      return '';
    })();
    expect(message).toContain('unknown sign "no.such.sign"');
    expect(message).toContain('unknown atom "q.nope"');
    expect(message).toContain('unknown tip "no-tip"');
    expect(message).toContain('unknown source "no-source"');
  });
});

describe('named conditions (rules.json conditions)', () => {
  const problem = (edit: (r: ReturnType<typeof raw>) => void): string => {
    const bad = raw();
    edit(bad);
    try {
      loadRedFlags(bad);
    } catch (err) {
      return (err as Error).message;
    }
    return '';
  };

  it('a shared condition is written once and is the same object in every rule that uses it', () => {
    const usual = (id: string) => JSON.stringify(rule(id).when).includes('q.known_epilepsy');
    expect(['seizure', 'seizure.first', 'seizure.usual-over'].every(usual)).toBe(true);
    expect(JSON.stringify(rules).split('"q.known_epilepsy"').length - 1).toBe(1);
  });

  // NHS epilepsy, what to do if someone has a seizure: 999 for a first one, one over 5 minutes or longer
  // than usual, several in a row, or one they do not come round from; otherwise follow the care plan.
  it.each([
    ['我儿子有癫痫，刚才又抽搐了，跟平时发作一样，两分钟就停了，现在已经清醒了', 'routine'],
    ["my son has epilepsy, he had his usual seizure, about two minutes, and he's back to himself now", 'routine'],
    ['我儿子有癫痫，跟平时发作一样，这次抽了10分钟才停，现在清醒了', 'emergency'],
    ['她有癫痫，平时那种发作，不过这回抽了七八分钟，现在醒过来了', 'emergency'],
    [
      "my son has epilepsy, it was his usual seizure but it went on for 8 minutes, he's back to himself now",
      'emergency',
    ],
    ['she has epilepsy, had one of her usual fits, then another one straight after, now back to herself', 'emergency'],
    ['我妈有羊癫疯，刚才发作了，比平时时间长，现在醒过来了', 'emergency'],
    ['he has epilepsy, usual kind of fit but longer than usual this time, recovered now', 'emergency'],
    ['孩子有癫痫，跟平时一样的发作，可是一次接一次抽了三回，现在醒了', 'emergency'],
    ['我儿子刚才第一次抽搐，两分钟就停了，现在醒了', 'emergency'],
  ])('%s → %s', (text, level) => {
    expect(screen(text).triage).toBe(level);
  });

  it('refuses an unknown, circular or unused name', () => {
    expect(
      problem((r) => {
        r.rules.rules[0].when = { is: 'no.such.condition' };
      }),
    ).toContain('unknown condition "no.such.condition"');
    expect(
      problem((r) => {
        r.rules.conditions.push({ id: 'loop', when: { not: { is: 'loop' } }, note: 'x' });
        r.rules.rules[0].when = { is: 'loop' };
      }),
    ).toContain('condition "loop" names itself');
    expect(
      problem((r) => {
        r.rules.conditions.push({ id: 'spare', when: { qualifier: 'q.severe' }, note: 'x' });
      }),
    ).toContain('condition "spare" is not used');
  });
});

describe('screenMessage', () => {
  it('returns only the reasons at the final level', () => {
    const result = screen('血氧86 发烧39度 咳嗽');
    expect(result.triage).toBe('emergency');
    expect(result.reasons.map((r) => r.ruleId)).toEqual(['spo2.severe']);
  });

  it('returns no reasons for information only', () => {
    expect(screen('布洛芬一次吃多少')).toEqual({ triage: 'none', reasons: [] });
  });

  it('is deterministic and pure', () => {
    const input = { text: '我爸晕倒了', lang: 'zh' as const, entities: extractEntities('我爸晕倒了', 'zh', NOW) };
    const snapshot = JSON.stringify(input);
    expect(screenMessage(input)).toEqual(screenMessage(input));
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it('uses the entities it is given for numbers', () => {
    const result = screenMessage({ text: '血氧', lang: 'zh', entities: { spo2: 85 } });
    expect(result.triage).toBe('emergency');
  });

  it('ignores the lang hint for matching: mixed texts are common', () => {
    expect(screenMessage({ text: 'My baby 抽搐了', lang: 'en', entities: {} }).triage).toBe('emergency');
  });
});
