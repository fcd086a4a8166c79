import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fitsSchema, schemaProblems } from '../../knowledge/schema/check';
import type { Community } from '../../knowledge/services/catalog';
import { ruleSets } from '../../knowledge/isolation/catalog';

/**
 * The communities directory (COMMUNITIES_FILE, CONTRACT.md): which community's queue an address
 * belongs to. Checked at load like the clinic directory; an address that names no community goes to
 * the district's own queue, flagged for a lead to route.
 */
export const DEFAULT_COMMUNITIES_FILE = path.join(__dirname, '..', '..', 'knowledge', 'communities.json');

export class CommunityDirectoryError extends Error {
  constructor(file: string, problems: string[]) {
    super(`Communities file ${file} is invalid: ${problems.join('; ')}`);
    this.name = 'CommunityDirectoryError';
  }
}

export interface Route {
  communityId?: string;
  communityName?: string;
  street?: string;
  district: string;
  needsRouting: boolean;
}

export interface CommunityDirectory {
  readonly communities: readonly Community[];
  /** The hotline's own district: the one most communities of the file belong to. */
  readonly homeDistrict: string;
  route(address: string | undefined): Route;
  get(id: string): Community | undefined;
}

function crossProblems(list: readonly Community[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const words = new Map<string, string>();
  list.forEach((c, i) => {
    const label = `[${i}] (id "${c.id}")`;
    if (ids.has(c.id)) problems.push(`${label}: id is used twice`);
    ids.add(c.id);
    if (c.isolationRules !== undefined && !ruleSets.some((r) => r.id === c.isolationRules)) {
      const known = ruleSets.map((r) => r.id).join(', ');
      problems.push(`${label}: isolationRules "${c.isolationRules}" is not a rule set (known: ${known})`);
    }
    for (const w of c.match.map(normalise)) {
      const owner = words.get(w);
      if (owner && owner !== c.id) problems.push(`${label}: match word "${w}" also belongs to "${owner}"`);
      words.set(w, c.id);
    }
  });
  return problems;
}

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

export function createCommunityDirectory(list: readonly Community[]): CommunityDirectory {
  const byId = new Map(list.map((c) => [c.id, c]));
  // Longest words first: "西一社区" before "西一", so the most specific match wins.
  const words = list
    .flatMap((c) => [c.name, ...c.match].map((w) => ({ word: normalise(w), community: c })))
    .sort((a, b) => b.word.length - a.word.length);
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c.district, (counts.get(c.district) ?? 0) + 1);
  const homeDistrict = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const districts = [...counts.keys()];
  return {
    communities: list,
    homeDistrict,
    get: (id) => byId.get(id),
    route(address) {
      const text = normalise(address ?? '');
      const hit = text ? words.find((w) => text.includes(w.word)) : undefined;
      if (hit) {
        const c = hit.community;
        return {
          communityId: c.id,
          communityName: c.name,
          street: c.street,
          district: c.district,
          needsRouting: false,
        };
      }
      const district = districts.find((d) => text.includes(normalise(d))) ?? homeDistrict;
      return { district, needsRouting: true };
    },
  };
}

export function validateCommunities(raw: unknown, file: string): CommunityDirectory {
  if (!fitsSchema('communities', raw)) throw new CommunityDirectoryError(file, schemaProblems('communities', raw));
  const problems = crossProblems(raw);
  if (problems.length) throw new CommunityDirectoryError(file, problems);
  return createCommunityDirectory(raw);
}

export function loadCommunityDirectory(file: string = DEFAULT_COMMUNITIES_FILE): CommunityDirectory {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CommunityDirectoryError(file, [`cannot be read as JSON (${(error as Error).message})`]);
  }
  return validateCommunities(raw, file);
}
