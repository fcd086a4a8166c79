import { detectLang, modelLangFor } from '../../../nlp/lang';

describe('detectLang', () => {
  it.each([
    ['布洛芬一次吃多少', 'zh'],
    ['Tylenol能和感冒灵一起吃吗', 'zh'],
    ['我的SpO2是92%', 'zh'],
    ['ｗｈｅｒｅ　是发热门诊', 'zh'],
    ['Where is the fever clinic?', 'en'],
    ['SpO2 92', 'en'],
    ['', 'en'],
    ['12345 ?!', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});

describe('modelLangFor', () => {
  it('reads any Han text with the Chinese model, whatever language was asked', () => {
    expect(modelLangFor('人工服务', 'en')).toBe('zh');
  });

  it('reads Latin-only text with the English model', () => {
    expect(modelLangFor('I want a human', 'zh')).toBe('en');
  });

  it('keeps the asked language when the text has no letters', () => {
    expect(modelLangFor('120', 'zh')).toBe('zh');
    expect(modelLangFor('120', 'en')).toBe('en');
  });
});
