/**
 * A key person's grade from knowledge/key-people/grading.json: the first row of the grading table
 * whose conditions hold, then the notice's key groups as a floor. Pure: the data is passed in.
 */
import type { Grade } from '../../core/key-people';
import type { GradingData, GradingRow, GradingWhen } from '../../knowledge/key-people/grading';

export interface GradingInput {
  age: number | null;
  conditions: readonly string[];
  diseaseUnstable: boolean;
  pregnant: boolean;
  livesAlone: boolean;
  vaccinated: boolean | null;
}

export interface GradeResult {
  grade: Grade;
  /** Ids of the rules that gave it (row, and the floor when it raised the grade). */
  rules: string[];
}

const RANK: Record<Grade, number> = { red: 0, yellow: 1, green: 2 };

function diseaseOf(input: GradingInput, data: GradingData): 'none' | 'stable' | 'unstable' {
  const chronic = input.conditions.some((c) => data.conditions.find((k) => k.id === c)?.chronic);
  if (input.diseaseUnstable) return 'unstable';
  return chronic ? 'stable' : 'none';
}

function flagsOf(input: GradingInput): string[] {
  const flags: string[] = input.conditions.filter((c) => c === 'disability' || c === 'child');
  if (input.pregnant) flags.push('pregnant');
  if (input.livesAlone) flags.push('lives_alone');
  if (input.age !== null && input.age < 14) flags.push('child');
  return flags;
}

function holds(when: GradingWhen, input: GradingInput, data: GradingData): boolean {
  // An unknown age satisfies no age bound: only rows without one can grade such a person.
  if (when.minAge !== undefined && (input.age === null || input.age < when.minAge)) return false;
  if (when.maxAge !== undefined && (input.age === null || input.age > when.maxAge)) return false;
  if (when.disease !== undefined && diseaseOf(input, data) !== when.disease) return false;
  // Not known to be fully vaccinated counts as not fully vaccinated (the cautious reading).
  if (when.vaccinated !== undefined && (input.vaccinated === true) !== when.vaccinated) return false;
  if (when.anyCondition && !when.anyCondition.some((c) => input.conditions.includes(c))) return false;
  if (when.anyFlag && !when.anyFlag.some((f) => flagsOf(input).includes(f))) return false;
  return true;
}

export function gradePerson(input: GradingInput, data: GradingData): GradeResult {
  // Rows are ordered red, yellow, green: the first that holds is the most cautious grade that applies.
  const row: GradingRow | undefined = data.rows.find((r) => holds(r.when, input, data));
  let grade: Grade = row?.grade ?? 'green';
  const rules = row ? [row.id] : [];
  for (const floor of data.floors) {
    if (holds(floor.when, input, data) && RANK[floor.grade] < RANK[grade]) {
      grade = floor.grade;
      rules.push(floor.id);
    }
  }
  return { grade, rules };
}
