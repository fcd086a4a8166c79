import { closed, BilingualSchema, IdSchema, NamesSchema, SourcesSchema } from '../schema/common';

/** Home-care advice per symptom (symptoms.json). */
export const SymptomAdviceSchema = closed({
  id: IdSchema,
  display: BilingualSchema,
  match: NamesSchema,
  advice: BilingualSchema,
  sources: SourcesSchema,
});
