import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import chronic from '../../../knowledge/medicines/chronic-drugs.json';
import combinationRules from '../../../knowledge/medicines/combination-rules.json';
import conditions from '../../../knowledge/medicines/conditions.json';
import ingredients from '../../../knowledge/medicines/ingredients.json';
import products from '../../../knowledge/medicines/products.json';
import safetyTopics from '../../../knowledge/medicines/safety-topics.json';
import homeGuidance from '../../../knowledge/isolation/home-guidance.json';
import ruleSets from '../../../knowledge/isolation/rule-sets.json';
import isolationSituations from '../../../knowledge/isolation/situations.json';
import symptoms from '../../../knowledge/symptoms/symptoms.json';
import clinics from '../../../knowledge/clinics.json';
import redFlagAtoms from '../../../knowledge/red-flags/atoms.json';
import redFlagSigns from '../../../knowledge/red-flags/signs.json';
import redFlagRules from '../../../knowledge/red-flags/rules.json';
import redFlagTips from '../../../knowledge/red-flags/tips.json';
import redFlagQuestions from '../../../knowledge/red-flags/questions.json';
import redFlagCare from '../../../knowledge/red-flags/care.json';
import services from '../../../knowledge/services/catalog.json';
import serviceAttributes from '../../../knowledge/services/attributes.json';
import serviceLevels from '../../../knowledge/services/sla.json';
import priorityRules from '../../../knowledge/services/priority-rules.json';
import communities from '../../../knowledge/communities.json';
import { checkerModuleSource, GENERATED_FILE } from '../../../knowledge/schema/aot';
import { checkData, fitsSchema, KnowledgeDataError, schemaProblems } from '../../../knowledge/schema/check';
import type { DataName } from '../../../knowledge/schema/registry';

const ROOT = path.join(__dirname, '..', '..', '..');
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const SHIPPED: Record<DataName, unknown> = {
  ingredients,
  products,
  chronicDrugs: chronic,
  conditions,
  combinationRules,
  safetyTopics,
  isolationRuleSets: ruleSets,
  homeGuidance,
  isolationSituations,
  symptoms,
  clinicDirectory: clinics,
  redFlagAtoms,
  redFlagSigns,
  redFlagRules,
  redFlagTips,
  redFlagQuestions,
  redFlagCare,
  services,
  serviceAttributes,
  serviceLevels,
  priorityRules,
  communities,
};

describe('knowledge data schemas', () => {
  it('has compiled checks that match the schemas (npm run knowledge:checkers regenerates them)', () => {
    expect(readFileSync(path.join(ROOT, GENERATED_FILE), 'utf8')).toBe(checkerModuleSource());
  });

  it.each(Object.keys(SHIPPED) as DataName[])('accepts the shipped %s file', (name) => {
    expect(schemaProblems(name, SHIPPED[name])).toEqual([]);
    expect(fitsSchema(name, SHIPPED[name])).toBe(true);
  });

  it('refuses a wrong type, naming the file, the entry and the path', () => {
    const data = copy(ingredients);
    data[1].adult!.maxDailyMg = '1200' as unknown as number;
    expect(() => checkData('ingredients', 'knowledge/medicines/ingredients.json', data)).toThrow(KnowledgeDataError);
    expect(() => checkData('ingredients', 'knowledge/medicines/ingredients.json', data)).toThrow(
      'knowledge/medicines/ingredients.json is invalid: [1] (id "ibuprofen"): adult.maxDailyMg "1200": expected number',
    );
  });

  it('refuses a missing field', () => {
    const data = copy(products);
    delete (data[0] as Partial<(typeof data)[0]>).display;
    expect(schemaProblems('products', data)).toEqual(['[0] (id "tylenol-sr-cn"): display: expected required property']);
  });

  it('refuses an unknown field where the shape is closed, so a misspelt key is not silently ignored', () => {
    const rules = copy(ruleSets) as Array<Record<string, unknown>>;
    rules[0].sorces = rules[0].sources;
    expect(schemaProblems('isolationRuleSets', rules)).toEqual([
      '[0] (id "zhejiang-2022-12-24"): sorces: unexpected property',
    ]);
    const topics = copy(symptoms);
    (topics[2].match as Record<string, unknown>).fr = ['toux'];
    expect(schemaProblems('symptoms', topics)).toEqual([`[2] (id "${topics[2].id}"): match.fr: unexpected property`]);
  });

  it('names the allowed values of a closed list, and the field of the rule kind meant', () => {
    const conds = copy(conditions) as Array<Record<string, unknown>>;
    conds[0].id = 'pregnant';
    expect(schemaProblems('conditions', conds)[0]).toMatch(
      /^\[0\] \(id "pregnant"\): id "pregnant": expected one of pregnancy, /,
    );
    const rules = copy(combinationRules) as Array<Record<string, unknown>>;
    const at = rules.findIndex((r) => r.id === 'two-nsaids');
    (rules[at].a as Record<string, unknown>).class = 'nsaids';
    expect(schemaProblems('combinationRules', rules)).toEqual([
      expect.stringMatching(
        new RegExp(`^\\[${at}\\] \\(id "two-nsaids"\\): a\\.class "nsaids": expected one of antipyretic, nsaid,`),
      ),
    ]);
  });

  it('reports the first few problems and how many more there are', () => {
    const data = copy(safetyTopics) as Array<Record<string, unknown>>;
    data.forEach((t) => delete t.text);
    const problems = schemaProblems('safetyTopics', data);
    expect(problems).toHaveLength(6);
    expect(problems[5]).toBe(`and ${data.length - 5} more`);
  });

  it('refuses a file of the wrong kind as a whole', () => {
    expect(schemaProblems('homeGuidance', { topics: homeGuidance })).toEqual(['(the whole file): expected array']);
  });
});

/**
 * A healthy start must not load TypeBox (≈70 ms, see knowledge/schema/aot.ts): only schema modules
 * import it as a value, and nothing else imports a schema module as a value.
 */
describe('loading the data', () => {
  const SCHEMA_MODULE = /^knowledge\/(.*\/)?(schema|[\w-]+\.schema|schema\/(common|registry|aot))\.ts$/;
  const LOADS_TYPEBOX = /^@sinclair\/typebox|(^|\/)([\w-]+\.)?schema(\/(common|registry|aot))?$/;

  it('does not load TypeBox', () => {
    const offenders = ['core', 'conversation', 'domains', 'knowledge', 'nlp', 'server', 'telephony', 'triage', 'web']
      .flatMap((dir) => walk(path.join(ROOT, dir)))
      .map((file) => path.relative(ROOT, file))
      .filter((file) => file.endsWith('.ts') && !SCHEMA_MODULE.test(file))
      .flatMap((file) =>
        [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^import (?!type\b)[^;]*?from '([^']+)'/gms)]
          .map((m) => m[1])
          .filter((module) => LOADS_TYPEBOX.test(module))
          .map((module) => `${file} imports ${module}`),
      );
    expect(offenders).toEqual([]);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
