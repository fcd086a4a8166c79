/**
 * Whether a message asks something rather than tells: "不烧了，还能吃布洛芬吗", "can I take Tylenol now?".
 * A follow-up question's handler uses it to tell an answer with a fact in it from a new question.
 */
const ZH_QUESTION = /[?？]|[吗嘛][\s。.!！]*$|能不能|可不可以|可以不可以|要不要|是不是|怎么办|怎么样/;
const EN_QUESTION =
  /\?|^\s*(?:can|could|should|shall|is|are|do|does|did|may|what|how|when|which|will|would|why|where)\b/i;

export function isQuestion(text: string): boolean {
  return ZH_QUESTION.test(text) || EN_QUESTION.test(text);
}
