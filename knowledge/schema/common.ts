import { Type, type ObjectOptions, type TObject, type TProperties } from '@sinclair/typebox';

/**
 * Building blocks of the data files' schemas. A schema module is loaded only by the checker
 * generator and when a file is found to be wrong (see check.ts); everything else imports its types.
 */

/** An object that refuses unknown keys, so a misspelt field ("sorces") is an error, not ignored. */
export function closed<T extends TProperties>(properties: T, options: ObjectOptions = {}): TObject<T> {
  return Type.Object(properties, { ...options, additionalProperties: false });
}

export const BilingualSchema = closed({ zh: Type.String(), en: Type.String() });

/** Words in each language, e.g. a medicine's names or the phrases that name a topic. */
export const NamesSchema = closed({ zh: Type.Array(Type.String()), en: Type.Array(Type.String()) });

/** Source ids; that each exists in knowledge/sources.ts is checked after the schema. */
export const SourcesSchema = Type.Array(Type.String({ minLength: 1 }));

export const IdSchema = Type.String({ minLength: 1 });
