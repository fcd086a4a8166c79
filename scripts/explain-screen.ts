/**
 * Shows how the emergency screen reads one message: the text it reads, each sign with its status
 * (asserted, negated, resolved, past, cleared, hypothetical, generic), the qualifiers, the vital
 * signs, and the verdict with its rules.
 *
 *   npx tsx scripts/explain-screen.ts "我爸胸口疼 出冷汗" ["earlier turn" …]
 */
import { entityContextOf, extractEntities } from '../nlp/entities';
import { readMessage } from '../nlp/text/reading';
import { RedFlagScreen } from '../triage';
import { factsAfterTurns } from './eval-screen';

const NOW = new Date('2023-01-05T10:00:00+08:00');

function main(): void {
  const [text, ...history] = process.argv.slice(2);
  if (!text) throw new Error('usage: explain-screen "message" ["earlier turn" …]');
  const lang = /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
  const screen = new RedFlagScreen();
  const facts = factsAfterTurns(history, lang, screen, NOW);
  const reading = screen.read(text);
  const entities = extractEntities(text, lang, NOW, entityContextOf(facts));
  const out = [`read: ${readMessage(text)}`];
  out.push(`clauses: ${reading.clauses.map((c) => `[${c.kind}] ${c.text}`).join(' | ')}`);
  for (const [id, occ] of reading.signs) {
    for (const o of occ)
      out.push(
        `sign ${id.padEnd(28)} ${o.status.padEnd(12)} "${reading.text.slice(o.start, o.end)}" (clause ${o.clause})`,
      );
  }
  out.push(`atoms: ${[...reading.atoms].join(', ')}`);
  out.push(`entities: ${JSON.stringify(entities)}  facts: ${JSON.stringify(facts)}`);
  const result = screen.screen({ text, lang, entities, facts, now: NOW });
  out.push(`→ ${result.triage}: ${result.reasons.map((r) => r.ruleId).join(', ')}`);
  console.log(out.join('\n'));
}

main();
