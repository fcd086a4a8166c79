import type { Lang } from '../core/types';
import { EN_TOKENIZER_VERSION, tokenizeEn } from './tokenize-en';
import { ZH_TOKENIZER_VERSION, tokenizeZh } from './tokenize-zh';

/** Identifies the featurisers; part of the stored model's key so a change forces retraining. */
export const TOKENIZER_VERSION = `${ZH_TOKENIZER_VERSION}+${EN_TOKENIZER_VERSION}`;

/** The classifier's features for a text, by the language of the model that reads it. */
export function featurize(text: string, lang: Lang): string[] {
  return lang === 'zh' ? tokenizeZh(text) : tokenizeEn(text);
}
