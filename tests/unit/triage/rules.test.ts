import { TRIAGE_LEVELS } from '../../../core/types';
import { getSource } from '../../../knowledge/sources';
import { RED_FLAGS, THRESHOLDS, screenMessage } from '../../../triage';
import { NOW, screen } from './helpers';
import { extractEntities } from '../../../nlp/entities';

describe('red-flag rule data', () => {
  it.each(RED_FLAGS.map((r) => [r.id, r.sourceId] as const))('%s cites a registered source (%s)', (_id, sourceId) => {
    expect(getSource(sourceId)).toBeDefined();
  });

  it('rule ids are unique', () => {
    const ids = RED_FLAGS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every rule has a level and labels in both languages', () => {
    for (const rule of RED_FLAGS) {
      expect(TRIAGE_LEVELS).toContain(rule.level);
      expect(rule.label.zh.length).toBeGreaterThan(0);
      expect(rule.label.en.length).toBeGreaterThan(0);
    }
  });

  it('thresholds follow the sources', () => {
    expect(THRESHOLDS.spo2SeekCare).toBe(93);
    expect(THRESHOLDS.spo2Severe).toBe(90);
    expect(THRESHOLDS.feverHighC).toBe(38.5);
    expect(THRESHOLDS.feverDays).toBe(3);
  });
});

describe('screenMessage', () => {
  it('returns only the reasons at the final level, most severe first', () => {
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
