import { loadNetCorpus } from '../../../../triage/net';
import {
  DEFAULT_FEATURES,
  featureHashes,
  featureStrings,
  hashFeature,
  hashedCounts,
  prepareText,
  readNumerals,
} from '../../../../triage/net/ngram-features';

const feats = (text: string, digits = DEFAULT_FEATURES.digits) =>
  featureStrings(prepareText(text), { ...DEFAULT_FEATURES, digits });

describe('prepareText', () => {
  it('removes format characters inside words, so they read as the plain word', () => {
    expect(prepareText('un\u00adcon\u200bscious')).toBe('unconscious');
    expect(prepareText('呼\u200b吸\u200c困\u200d难\ufeff\u2060')).toBe('呼吸困难');
  });

  it('turns NUL, other controls and unpaired surrogates into spaces', () => {
    expect(prepareText('chest\u0000pain')).toBe('chest pain');
    expect(prepareText('a\ud800b\udc00c')).toBe('a b c');
    // A well-formed pair (an emoji) is kept.
    expect(prepareText('痛\ud83d\ude2d')).toBe('痛\ud83d\ude2d');
  });

  it('folds width and case and expands contractions like the rest of the service', () => {
    expect(prepareText('ＳｐＯ２ ８５ CAN’T breathe')).toBe('spo2 85 can not breathe');
  });
});

describe('readNumerals', () => {
  it('reads Chinese numerals with a unit and English tens as digits', () => {
    expect(readNumerals('血氧八十九')).toContain('89');
    expect(readNumerals('一分钟三十五下')).toContain('35');
    expect(readNumerals('体温三十九点五')).toContain('39.5');
    expect(readNumerals('oxygen eighty nine')).toBe('oxygen 89');
    expect(readNumerals('sats ninety-two')).toBe('sats 92');
  });

  it('leaves words that contain a numeral character alone', () => {
    expect(readNumerals('一直咳嗽')).toBe('一直咳嗽');
    expect(readNumerals('十分难受')).toBe('十分难受');
    expect(readNumerals('one arm is numb')).toBe('one arm is numb');
  });
});

describe('featureStrings', () => {
  it('gives Chinese character 1-3-grams and English words, bigrams and 3-5-grams', () => {
    const zh = feats('喘不上');
    expect(zh).toEqual(expect.arrayContaining(['c:喘', 'c:喘不', 'c:喘不上', 'c:上']));
    const en = feats('chest pain');
    expect(en).toEqual(
      expect.arrayContaining(['w:chest', 'w:pain', 'b:chest pain', 'g:<ch', 'g:chest', 'g:<pain', 'g:pain>']),
    );
    // A short word also gives its whole padded form as a gram.
    expect(feats('no')).toEqual(['w:no', 'g:<no', 'g:no>', 'g:<no>']);
  });

  it('keeps the first digit and the length of a number, so 85 and 97 differ but 85 and 88 do not', () => {
    expect(feats('血氧85')).toContain('c:血氧#8·2');
    expect(feats('血氧97')).toContain('c:血氧#9·2');
    expect(feats('血氧88')).toEqual(feats('血氧85'));
    expect(feats('血氧八十五')).toEqual(feats('血氧85'));
    expect(feats('体温38.5')).toContain('c:温#3·2.');
  });

  it('does not join n-grams across punctuation', () => {
    expect(feats('不烧,咳嗽')).not.toContain('c:烧咳');
    expect(feats('no fever. chest pain')).not.toContain('b:fever chest');
  });

  it('gives no features for empty, NUL-only or symbol-only text', () => {
    for (const text of ['', '\u0000', '\ud800', '!!!', '   ']) {
      expect(hashedCounts(text, DEFAULT_FEATURES).indices.length).toBe(0);
    }
  });
});

describe('featureHashes', () => {
  it('gives the hashes of featureStrings, in order, on every corpus line and odd input', () => {
    const corpus = loadNetCorpus();
    const texts = [...corpus.zh, ...corpus.en].map((e) => e.text);
    texts.push('', '\u0000', 'a', 'ab', '血', '38.5度 spo2 85% ninety-two 八十九', 'x'.repeat(300));
    for (const digits of ['raw', 'shape', 'length', 'mask'] as const) {
      const settings = { ...DEFAULT_FEATURES, digits };
      for (const text of texts) {
        const prepared = prepareText(text);
        expect(featureHashes(prepared, settings)).toEqual(featureStrings(prepared, settings).map(hashFeature));
      }
    }
  });
});
