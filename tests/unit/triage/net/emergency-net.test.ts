import { LANGS } from '../../../../core/types';
import { HashedEmergencyNet, loadNetCorpus, trainEmergencyNet, type NetCorpus } from '../../../../triage/net';

let corpus: NetCorpus;
let net: HashedEmergencyNet;

beforeAll(() => {
  corpus = loadNetCorpus();
  net = trainEmergencyNet(corpus);
});

describe('trainEmergencyNet', () => {
  it('is deterministic: the same corpus gives the same weights', () => {
    const again = trainEmergencyNet(corpus);
    for (const lang of LANGS) {
      const a = net.models[lang]!;
      const b = again.models[lang]!;
      expect(b.bias).toBe(a.bias);
      expect(b.indices).toEqual(a.indices);
      expect(Buffer.from(b.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(true);
    }
    expect(again.toJSON()).toBe(net.toJSON());
  });

  it('trains one model per language on the corpus', () => {
    expect(corpus.zh.length).toBeGreaterThan(1000);
    expect(corpus.en.length).toBeGreaterThan(1000);
    for (const lang of LANGS) expect(net.models[lang]!.indices.length).toBeGreaterThan(10000);
  });
});

describe('serialisation', () => {
  it('round-trips: the loaded net has the same weights and scores exactly as the trained one', () => {
    const json = net.toJSON();
    const loaded = HashedEmergencyNet.fromJSON(json);
    expect(loaded.toJSON()).toBe(json);
    for (const lang of LANGS) {
      expect(loaded.models[lang]!.weights).toEqual(net.models[lang]!.weights);
      expect(loaded.models[lang]!.df).toEqual(net.models[lang]!.df);
    }
    for (const e of [...corpus.zh.slice(0, 50), ...corpus.en.slice(0, 50)]) {
      expect(loaded.score(e.text, e.lang)).toBe(net.score(e.text, e.lang));
    }
  });

  it('stays well under the 3 MB model budget', () => {
    expect(Buffer.byteLength(net.toJSON())).toBeLessThan(3 * 1024 * 1024);
  });

  it('rejects a file of another version or one missing a language', () => {
    const file = JSON.parse(net.toJSON());
    expect(() => HashedEmergencyNet.fromJSON(JSON.stringify({ ...file, version: 'emergency-net/0' }))).toThrow(
      /version/,
    );
    delete file.models.en;
    expect(() => HashedEmergencyNet.fromJSON(JSON.stringify(file))).toThrow(/lacks model en/);
  });
});

describe('score', () => {
  // Written for this test, not taken from the corpus.
  it.each([
    ['zh', '老伴刚才胸口压着疼，满头大汗，人快站不住了'],
    ['zh', '我爷爷突然说不出话，一边胳膊抬不起来，嘴也歪了'],
    ['en', 'my dad has crushing chest pain going down his left arm and he is sweating'],
    ['en', 'My husband suddenly cannot speak properly and one side of his face is drooping'],
  ] as const)('scores a clear emergency high (%s: %s)', (lang, text) => {
    expect(net.score(text, lang)).toBeGreaterThan(0.9);
  });

  it.each([
    ['zh', '布洛芬和对乙酰氨基酚能一起吃吗'],
    ['zh', '感冒灵饭前吃还是饭后吃'],
    ['en', 'Can I take ibuprofen together with paracetamol for a sore throat?'],
    ['en', 'is it ok to take my vitamin d tablets with the cold medicine'],
  ] as const)('scores a plain medicine question low (%s: %s)', (lang, text) => {
    // Far below the score at which the net even asks (NET_THRESHOLDS.ask, 0.7); the exact figure moves a
    // little each time a spent set joins its training data.
    expect(net.score(text, lang)).toBeLessThan(0.2);
  });

  it('gives the same score whatever format characters are inside the words', () => {
    const pairs: Array<[string, string, 'zh' | 'en']> = [
      ['un\u00adconscious and not breath\u200bing', 'unconscious and not breathing', 'en'],
      ['呼\u200b吸\u200b困\u200b难，嘴\u00ad唇\u2060发紫', '呼吸困难，嘴唇发紫', 'zh'],
      ['\ufeff胸口剧痛\u200d出冷汗', '胸口剧痛出冷汗', 'zh'],
    ];
    for (const [marked, plain, lang] of pairs) expect(net.score(marked, lang)).toBe(net.score(plain, lang));
  });

  it('never throws, and returns a probability, on empty, NUL, lone-surrogate or odd input', () => {
    const odd = [
      '',
      ' ',
      '\u0000',
      'chest\u0000pain',
      '\ud800',
      '\udfff呼吸困难\ud800',
      '😀'.repeat(500),
      'a'.repeat(20000),
    ];
    for (const lang of LANGS) {
      for (const text of odd) {
        const s = net.score(text, lang);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }
      // Callers in plain JavaScript can pass anything.
      expect(() => net.score(undefined as unknown as string, lang)).not.toThrow();
      expect(() => net.score(42 as unknown as string, lang)).not.toThrow();
    }
    expect(net.score('', 'zh')).toBe(0);
    expect(net.score('\u0000', 'en')).toBe(0);
    expect(net.score('severe chest pain', 'xx' as unknown as 'en')).toBeGreaterThanOrEqual(0);
  });
});
