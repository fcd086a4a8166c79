import { CRISIS_LINE_CN, emergencyAdvice, urgentAdvice } from '../../../triage';
import { screen } from './helpers';

describe('emergencyAdvice', () => {
  it('starts with the number to call, in Mandarin', () => {
    const text = emergencyAdvice(screen('我爸喘不上气').reasons, 'zh', '120');
    expect(text).toMatch(/^这是急症（[^）]*呼吸困难[^）]*）。请马上拨打120！/);
    expect(text).toContain('坐起来');
  });

  it('uses the configured number in English', () => {
    const text = emergencyAdvice(screen('he passed out').reasons, 'en', '999');
    expect(text.startsWith('This is an emergency')).toBe(true);
    expect(text).toContain('Call 999 now!');
    expect(text).toContain('on their side');
  });

  it('seizure: nothing in the mouth, time it', () => {
    const text = emergencyAdvice(screen('孩子抽搐了').reasons, 'zh', '120');
    expect(text).toContain('不要往嘴里塞东西');
    expect(text).toContain('多长时间');
  });

  it('overdose: keep the packet', () => {
    expect(emergencyAdvice(screen('she took 30 pills').reasons, 'en', '120')).toContain('packet');
  });

  it('suicide: stay with the person and give the crisis line after 120', () => {
    const text = emergencyAdvice(screen('我不想活了').reasons, 'zh', '120');
    expect(text.indexOf('120')).toBeLessThan(text.indexOf(CRISIS_LINE_CN));
    expect(text).toContain('陪着');
  });

  it('never advises medicines such as aspirin', () => {
    const text =
      emergencyAdvice(screen('胸口压着疼').reasons, 'zh', '120') +
      emergencyAdvice(screen('chest pain').reasons, 'en', '120');
    expect(text).not.toMatch(/阿司匹林|aspirin/i);
  });

  it('is short enough to read out', () => {
    const all = screen('我爸喘不上气 胸口疼 叫不醒 抽搐').reasons;
    expect(emergencyAdvice(all, 'zh', '120').length).toBeLessThan(200);
  });

  it('still says to call when given no reasons', () => {
    expect(emergencyAdvice([], 'zh', '120')).toContain('请马上拨打120');
  });
});

describe('urgentAdvice', () => {
  it('sends to a fever clinic or family doctor and names the 120 red flags', () => {
    const zh = urgentAdvice(screen('血氧92').reasons, 'zh');
    expect(zh).toContain('发热门诊');
    expect(zh).toContain('家庭医生');
    expect(zh).toContain('拨打120');
    expect(zh).toContain('再测一次血氧');
    const en = urgentAdvice(screen('fever for 5 days').reasons, 'en', '120');
    expect(en).toContain('fever clinic');
    expect(en).toContain('call 120');
  });
});
