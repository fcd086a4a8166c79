import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  DEFAULT_NET_SETTINGS,
  loadNetCorpus,
  loadOrTrainEmergencyNet,
  netKey,
  netPath,
  parseNetCorpus,
  type NetCorpus,
} from '../../../../triage/net';

let dataDir: string;
let corpus: NetCorpus;

beforeAll(() => {
  corpus = loadNetCorpus();
});

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'emergency-net-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

function recorder(): { log: (m: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { log: (m: string) => lines.push(m), lines };
}

const probe: Array<[string, 'zh' | 'en']> = [
  ['老伴刚才胸口压着疼，满头大汗', 'zh'],
  ['how much paracetamol for a 5 year old', 'en'],
];

describe('loadOrTrainEmergencyNet', () => {
  it('trains and saves once, then loads the saved net without retraining', async () => {
    const first = recorder();
    const trained = await loadOrTrainEmergencyNet({ dataDir, log: first.log });
    const file = netPath(dataDir, corpus);
    expect(first.lines.some((l) => l.includes('training'))).toBe(true);
    const { mtimeMs } = await stat(file);

    const second = recorder();
    const loaded = await loadOrTrainEmergencyNet({ dataDir, log: second.log });
    expect(second.lines.some((l) => l.includes('training'))).toBe(false);
    expect(second.lines.some((l) => l.includes('loaded'))).toBe(true);
    expect((await stat(file)).mtimeMs).toBe(mtimeMs);
    for (const [text, lang] of probe) expect(loaded.score(text, lang)).toBe(trained.score(text, lang));
    // Only the net itself is left behind: no temp files.
    expect(await readdir(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('retrains into a new file when the corpus changes', async () => {
    await loadOrTrainEmergencyNet({ dataDir, corpus });
    const edited: NetCorpus = {
      ...corpus,
      zh: [...corpus.zh, { lang: 'zh', text: '老乡突然倒地叫不醒', label: 'emergency' }],
    };
    const { log, lines } = recorder();
    await loadOrTrainEmergencyNet({ dataDir, corpus: edited, log });
    expect(lines.some((l) => l.includes('training'))).toBe(true);
    const files = (await readdir(path.join(dataDir, 'triage-net'))).sort();
    expect(files).toEqual([path.basename(netPath(dataDir, corpus)), path.basename(netPath(dataDir, edited))].sort());
  });

  it('retrains over a corrupt file instead of failing', async () => {
    const file = netPath(dataDir, corpus);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '{"half a ne');
    const { log, lines } = recorder();
    const net = await loadOrTrainEmergencyNet({ dataDir, log });
    expect(lines.some((l) => l.includes('unreadable'))).toBe(true);
    expect(net.score(probe[0][0], 'zh')).toBeGreaterThan(0.5);
    expect((await stat(file)).size).toBeGreaterThan(10000);
  });
});

describe('netKey', () => {
  it('changes with the corpus, a label or the settings, and not otherwise', () => {
    const key = netKey(corpus);
    expect(netKey(loadNetCorpus())).toBe(key);
    const relabelled: NetCorpus = {
      ...corpus,
      en: corpus.en.map((e, i) => (i === 0 ? { ...e, label: e.label === 'not' ? 'emergency' : 'not' } : e)),
    };
    expect(netKey(relabelled)).not.toBe(key);
    const settings = {
      ...DEFAULT_NET_SETTINGS,
      features: { ...DEFAULT_NET_SETTINGS.features, digits: 'raw' as const },
    };
    expect(netKey(corpus, settings)).not.toBe(key);
  });

  it('names the file after the key, under <dataDir>/triage-net/', () => {
    expect(netPath('/srv/data', corpus)).toBe(path.join('/srv/data', 'triage-net', `net-${netKey(corpus)}.json`));
  });
});

describe('parseNetCorpus', () => {
  it('fails loudly, with the line, on a wrong language, label or empty text', () => {
    expect(() => parseNetCorpus('{"lang":"en","text":"x","label":"not"}', 'zh')).toThrow('zh.jsonl:1: lang en');
    expect(() => parseNetCorpus('\n{"lang":"zh","text":"x","label":"urgent"}', 'zh')).toThrow('zh.jsonl:2: label');
    expect(() => parseNetCorpus('{"lang":"zh","text":" ","label":"not"}', 'zh')).toThrow('empty text');
  });
});
