import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../../../nlp/corpus';
import { loadOrTrainClassifier, modelKey, modelPath } from '../../../nlp/model-store';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'nlp-store-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function recorder(): { log: (m: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { log: (m: string) => lines.push(m), lines };
}

describe('loadOrTrainClassifier', () => {
  it('trains and saves once, then loads the saved model without retraining', async () => {
    const first = recorder();
    const trained = await loadOrTrainClassifier({ dataDir, log: first.log });
    const file = modelPath(dataDir);
    expect(first.lines.some((l) => l.includes('training'))).toBe(true);
    const { mtimeMs } = await stat(file);

    const second = recorder();
    const loaded = await loadOrTrainClassifier({ dataDir, log: second.log });
    expect(second.lines.some((l) => l.includes('training'))).toBe(false);
    expect(second.lines.some((l) => l.includes('loaded'))).toBe(true);
    expect((await stat(file)).mtimeMs).toBe(mtimeMs);

    const text = '布洛芬一次吃几片';
    expect(loaded.classify(text, 'zh')).toEqual(trained.classify(text, 'zh'));
    // Only the model itself is left behind: no temp files.
    expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('retrains over a corrupt model file instead of failing', async () => {
    const file = modelPath(dataDir);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{"half a mod');

    const { log, lines } = recorder();
    const classifier = await loadOrTrainClassifier({ dataDir, log });
    expect(lines.some((l) => l.includes('unreadable'))).toBe(true);
    expect(classifier.classify('转人工', 'zh').intent).toBe('human.agent');
    expect((await stat(file)).size).toBeGreaterThan(1000);
  });
});

describe('modelKey', () => {
  it('changes when the corpus changes, so an edited corpus is retrained', () => {
    const corpus = loadCorpus();
    const edited = { ...corpus, zh: { ...corpus.zh, greeting: [...corpus.zh.greeting, '老乡好'] } };
    expect(modelKey(edited)).not.toBe(modelKey(corpus));
    expect(modelKey(loadCorpus())).toBe(modelKey(corpus));
  });

  it('changes when the catalog names a new medicine: the lexicon derives its features from it', () => {
    const corpus = loadCorpus();
    let withNewBrand = '';
    jest.isolateModules(() => {
      jest.doMock('../../../knowledge/medicines/catalog', () => {
        const actual = jest.requireActual<typeof import('../../../knowledge/medicines/catalog')>(
          '../../../knowledge/medicines/catalog',
        );
        const products = new Map(actual.catalog.products);
        const advil = actual.catalog.products.get('advil')!;
        products.set('new-brand', { ...advil, id: 'new-brand', names: { zh: ['新牌退烧片'], en: [] } });
        return { ...actual, catalog: { ...actual.catalog, products } };
      });
      const store = jest.requireActual<typeof import('../../../nlp/model-store')>('../../../nlp/model-store');
      withNewBrand = store.modelKey(corpus);
    });
    expect(withNewBrand).not.toBe(modelKey(corpus));
  });

  it('names the model file after the key, under <dataDir>/nlp/', () => {
    expect(modelPath('/srv/data')).toBe(path.join('/srv/data', 'nlp', `model-${modelKey()}.json`));
  });
});
