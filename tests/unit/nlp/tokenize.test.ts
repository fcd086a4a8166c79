import { featurize } from '../../../nlp/features';
import { tokenizeEn } from '../../../nlp/tokenize-en';
import { tokenizeZh } from '../../../nlp/tokenize-zh';

describe('tokenizeZh', () => {
  it('emits character unigrams and bigrams of Han runs, not across punctuation', () => {
    const features = tokenizeZh('退烧，吃药');
    expect(features).toEqual(expect.arrayContaining(['退', '烧', '退烧', '吃', '药', '吃药']));
    expect(features).not.toContain('烧吃');
  });

  it('folds full-width letters, digits and punctuation to the half-width forms', () => {
    expect(tokenizeZh('ＳｐＯ２是９２％')).toEqual(tokenizeZh('SpO2是92%'));
  });

  it('keeps Latin words whole and lower-cased inside Chinese text', () => {
    const features = tokenizeZh('Tylenol能和感冒灵一起吃吗');
    expect(features).toContain('tylenol');
    expect(features).not.toContain('t');
    expect(features).not.toContain('Tylenol');
  });

  it('turns numbers into one #num feature', () => {
    const features = tokenizeZh('布洛芬吃了2片 体重15.5公斤');
    expect(features.filter((f) => f === '#num')).toHaveLength(2);
    expect(features).not.toContain('2');
  });

  it('adds concept features so different brands look alike to the model', () => {
    expect(tokenizeZh('美林一次喂几毫升')).toEqual(expect.arrayContaining(['#med', '#qty']));
    expect(tokenizeZh('Advil一次喂几毫升')).toEqual(expect.arrayContaining(['#med', '#qty']));
    expect(tokenizeZh('今天天气怎么样')).not.toContain('#med');
  });

  it('folds homophone slips before featurising', () => {
    expect(tokenizeZh('莲花清瘟')).toEqual(tokenizeZh('连花清瘟'));
    expect(tokenizeZh('羊了第三天')).toEqual(tokenizeZh('阳了第三天'));
  });

  it('marks ticket numbers, temperatures and low oxygen readings', () => {
    expect(tokenizeZh('工单T-1234到哪了')).toContain('#ticket');
    expect(tokenizeZh('烧到38.5度')).toContain('#temp');
    expect(tokenizeZh('血氧只有86')).toContain('#spo2low');
    expect(tokenizeZh('血氧98 正常')).not.toContain('#spo2low');
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenizeZh('')).toEqual([]);
    expect(tokenizeZh('。。，！')).toEqual([]);
  });
});

describe('tokenizeEn', () => {
  it('stems words so inflections share a feature', () => {
    expect(tokenizeEn('isolating')).toContain('isol');
    expect(tokenizeEn('isolation')).toContain('isol');
  });

  it('adds adjacent word pairs', () => {
    expect(tokenizeEn('go out')).toContain('go_out');
  });

  it("expands contractions so can't and cannot agree", () => {
    expect(tokenizeEn("I can't breathe")).toEqual(tokenizeEn('I cannot breathe'));
    expect(tokenizeEn("I can't breathe")).toContain('#emerg');
  });

  it('collapses stretched letters and fixes common misspellings', () => {
    expect(tokenizeEn('hellooo')).toEqual(tokenizeEn('hello'));
    expect(tokenizeEn('tylenal dose')).toEqual(tokenizeEn('tylenol dose'));
  });

  it('folds relatives to one word', () => {
    expect(tokenizeEn('my mum')).toEqual(tokenizeEn('my mother'));
  });

  it('does not match a term inside a longer word', () => {
    expect(tokenizeEn('benefits')).not.toContain('#emerg');
  });

  it('marks Fahrenheit temperatures and tickets', () => {
    expect(tokenizeEn('fever 101.5F')).toContain('#temp');
    expect(tokenizeEn('status of T-0077')).toContain('#ticket');
  });
});

describe('featurize', () => {
  it('picks the featuriser by language', () => {
    expect(featurize('go out', 'en')).toEqual(tokenizeEn('go out'));
    expect(featurize('出门', 'zh')).toEqual(tokenizeZh('出门'));
  });
});
