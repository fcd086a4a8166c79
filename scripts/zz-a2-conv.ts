import { startTestApp } from '../harness/test-app';
async function main() {
  const t = await startTestApp();
  const convs: string[][] = JSON.parse(process.argv[2]!);
  for (const [i, c] of convs.entries()) {
    for (const text of c) {
      const r = await t.app.inject({
        method: 'POST',
        url: '/api/v1/chat',
        payload: { sessionId: `zz-${i}-${Date.now()}`.slice(0, 0) + `zz-${i}`, text },
      });
      const b = r.json() as { intent: string; triage: string; reply: string };
      console.log(`> ${text}\n  [${b.intent} ${b.triage}] ${b.reply.replace(/\n/g, ' | ')}`);
    }
    console.log('---');
  }
  await t.close();
}
main();
