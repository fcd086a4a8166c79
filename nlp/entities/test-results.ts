/** COVID test results as people report them: antigen "转阴了", "两条杠", "still positive"; PCR Ct values. */
const ANTIGEN_NEGATIVE = /阴了|转阴|阴性|一条杠|一道杠|negative/i;
const ANTIGEN_POSITIVE = /还(是)?阳|两条杠|两道杠|still positive/i;
const PCR_CT35 = /ct\s*值?\s*(都|均)?\s*(≥|>=|大于|超过|>)?\s*35|ct\s*(value)?s?\s*(of\s*)?(≥|>=|above|over)?\s*35/i;
const TWICE = /两次|twice|2次|both/i;

/** The antigen result said, in an already normalised text; "still positive" wins over a negative. */
export function findAntigen(text: string): 'negative' | 'positive' | undefined {
  if (ANTIGEN_POSITIVE.test(text)) return 'positive';
  return ANTIGEN_NEGATIVE.test(text) ? 'negative' : undefined;
}

/** Two PCR tests with Ct ≥ 35 (the national release rule), in an already normalised text. */
export function findPcrCt35Twice(text: string): boolean | undefined {
  return PCR_CT35.test(text) && TWICE.test(text) ? true : undefined;
}
