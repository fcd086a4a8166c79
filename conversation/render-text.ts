import type { Reply } from './types';

/** Plain-text channels (SMS, the chat API) show choices as numbered lines answered with the number. */
export function renderPlainText(reply: Pick<Reply, 'text' | 'choices' | 'lang'>): string {
  if (!reply.choices?.length) return reply.text;
  const lines = reply.choices.map((c) => `${c.id}. ${c.label}`);
  const hint = reply.lang === 'zh' ? '请回复数字。' : 'Reply with a number.';
  return [reply.text, ...lines, hint].join('\n');
}
