/**
 * The evaluation sets already spent (each measured once before tuning, figures in README and
 * docs/hazard-log.md) are frozen here as regression sets: written by separate authors from outside
 * sources, they must stay at the level the screen reached on them.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { MODEL_CACHE_DIR } from '../../../harness/test-app';
import { loadScreenCases, screenCase } from '../../../scripts/eval-screen';
import { loadOrTrainEmergencyNet, RedFlagScreen } from '../../../triage';

const DIR = path.join(__dirname, '../../../triage/eval');
const SETS = readdirSync(DIR).filter((f) => /^heldout-[A-Z]+\.jsonl$/.test(f));

let screen: RedFlagScreen;
beforeAll(async () => {
  screen = new RedFlagScreen({ net: await loadOrTrainEmergencyNet({ dataDir: MODEL_CACHE_DIR }) });
});

it('has the spent sets', () => expect(SETS.length).toBeGreaterThanOrEqual(4));

describe.each(SETS)('%s', (file) => {
  const cases = loadScreenCases(path.join(DIR, file));
  const results = () => cases.map((c) => ({ c, triage: screenCase(c, screen).triage }));

  it('sends every emergency to 120, in both languages', () => {
    const missed = results()
      .filter(({ c, triage }) => c.expected === 'emergency' && triage !== 'emergency')
      .map(({ c, triage }) => `${c.id} → ${triage}: ${c.text}`);
    expect(missed).toEqual([]);
  });

  it('keeps the others away from 120 (specificity ≥ 98 %) and gets the level right (≥ 95 %)', () => {
    const all = results();
    const others = all.filter(({ c }) => c.expected !== 'emergency');
    const falseAlarms = others.filter(({ triage }) => triage === 'emergency').length;
    const exact = all.filter(({ c, triage }) => c.expected === triage).length;
    // A set of emergencies only (AI, left partial by its author) has no others to keep away.
    if (others.length > 0) expect(1 - falseAlarms / others.length).toBeGreaterThanOrEqual(0.98);
    expect(exact / all.length).toBeGreaterThanOrEqual(0.95);
  });
});
