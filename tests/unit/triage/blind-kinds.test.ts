/**
 * Kinds of failure found with the blind set (tests/fixtures/blind-cases.jsonl), fixed in the term
 * lists and the classifier's markers. Sentences here are new variants of each kind, not blind cases.
 */
import { markerFeatures } from '../../../nlp/markers';
import { normalizeText } from '../../../nlp/text/classifier-text';
import { screen } from './helpers';

const level = (text: string) => screen(text).triage;

describe('heavy bleeding in words people use for an injury', () => {
  it.each([
    '脚被玻璃划了 血还是止不住',
    '伤口一直往外冒血',
    '血直往外涌 按不住',
    "the blood just won't stop coming out of the cut",
    'blood is gushing from his arm',
    'it has soaked through two bandages already',
  ])('%s → emergency', (text) => expect(level(text)).toBe('emergency'));

  it('a little bleeding that stopped is not an emergency', () => {
    expect(level('手指划破了 流了点血 已经止住了')).not.toBe('emergency');
  });
});

describe('a dose question is not an overdose', () => {
  it.each(['布洛芬最多吃几片', '一天至多服几粒'])('%s → none', (text) => expect(level(text)).toBe('none'));
  it('taking extra tablets still is', () => expect(level('孩子多吃了好几片退烧药')).toBe('emergency'));
});

describe('rising blood sugar or pressure is a worsening chronic disease', () => {
  it.each([
    '阳了以后血压一直在升',
    '血糖越来越高',
    'his glucose readings keep rising since the infection',
    'my blood pressure has been climbing all week',
  ])('%s → urgent', (text) => expect(level(text)).toBe('urgent'));
});

describe('caring for a sick relative describes no symptom', () => {
  it('looking after a sick parent → none', () => {
    expect(level('how do I protect my kids while looking after my sick father')).toBe('none');
  });
  it('the carer being sick still counts', () => expect(level('I feel sick and have a cough')).toBe('routine'));
});

describe('classifier markers', () => {
  const features = (text: string) => markerFeatures(normalizeText(text));

  it('a denied emergency sign is marked as denied', () => {
    expect(features('没有呼吸困难 就是咳嗽')).toContain('#emerg_neg');
    expect(features('没有呼吸困难 就是咳嗽')).not.toContain('#emerg');
    expect(features('no chest pain, only a runny nose')).toContain('#emerg_neg');
  });

  it('an asserted emergency sign is not', () => {
    expect(features('爷爷呼吸困难')).toContain('#emerg');
    expect(features('no fever but chest pain now')).toContain('#emerg');
  });

  it('a normal oxygen reading has its own feature', () => {
    expect(features('SpO2 97')).toContain('#spo2ok');
    expect(features('血氧九十六')).toContain('#spo2ok');
    expect(features('SpO2 86')).not.toContain('#spo2ok');
  });
});
