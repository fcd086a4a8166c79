/**
 * Triage kinds intents set I5 showed beside its routing misses, each as new sentences (none from the set):
 * a fever medicine's dose interval is not a reliever needed more often; diluting a household disinfectant
 * is not a poisoning, while swallowing it still is; and the two emergencies I5 first missed stay 120.
 */
import { screen } from './helpers';

const level = (text: string) => screen(text).triage;

describe('a dose interval of a fever or pain medicine', () => {
  it.each([
    'is ibuprofen every 4 hours too much?',
    'can I give calpol every 4 hours or is that too often',
    'she has been on paracetamol every 6 hours since yesterday, is that ok',
  ])('"%s" is no reliever needed more often', (text) => {
    expect(level(text)).not.toBe('urgent');
    expect(level(text)).not.toBe('emergency');
  });

  it.each([
    'needing my inhaler every 4 hours, took paracetamol too',
    'needing it every 3-4 hours now',
    '哮喘犯了，一天要喷好几次，还吃了布洛芬',
  ])('"%s" (the reliever itself) is still asthma needing a clinician today', (text) => {
    expect(['urgent', 'emergency']).toContain(level(text));
  });
});

describe('a household disinfectant used for cleaning', () => {
  it.each([
    '消毒液一瓶兑多少水合适',
    '84消毒液稀释多少倍拖地',
    'how much water do I dilute bleach with to clean the bathroom',
  ])('"%s" is no poisoning', (text) => {
    expect(level(text)).toBe('none');
  });

  it.each([
    '孩子把兑好水的84消毒液喝了一口',
    '拖地的消毒水被宝宝喝了',
    'my toddler drank some of the diluted bleach I was mopping with',
  ])('"%s" (swallowed) is still a poisoning call', (text) => {
    expect(['urgent', 'emergency']).toContain(level(text));
  });
});

describe('the emergencies intents set I5 first missed stay 120', () => {
  it.each([
    '指夹血氧刚测出来87，我爸说胸口憋得难受',
    "I don't see the point of going on, I've got all my pills right here",
    '活着太累了，安眠药我都备好了放在床头',
  ])('"%s" is an emergency', (text) => {
    expect(level(text)).toBe('emergency');
  });
});
