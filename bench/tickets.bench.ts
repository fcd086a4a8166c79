/**
 * Ticket creation with its audit row as the desk does it — priority, community routing and SLA due
 * times included — through the service's own path (the ticket's number, then the ticket and its
 * "created" audit row in one statement), on a throwaway PostgreSQL cluster, sequentially and at a
 * fixed concurrency.
 *   npm run bench:tickets -- [total=2000] [concurrency=16]
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { systemClock } from '../core/clock';
import { noJobQueue } from '../conversation/job-queue.port';
import { openDatabase } from '../db/database';
import { PrismaStaffDirectory } from '../db/staff.repository';
import { PrismaTicketRepository } from '../db/ticket.repository';
import { loadCommunityDirectory, serviceCatalog, TicketService } from '../domains/tickets';
import type { ConversationRequest } from '../domains/tickets/ticket.service';
import { startPostgres } from '../harness/postgres';
import { percentile } from './lib/load';

const ADDRESSES = ['西一社区3幢2单元301', '东一社区5幢', '小河社区8幢3单元101', '湖州街88号', '朝晖社区2幢'];

function request(i: number, conversationId: string): ConversationRequest {
  return {
    requestKey: `${conversationId}:${randomUUID()}`,
    service: i % 3 === 0 ? 'transport' : 'drug_delivery',
    lang: 'zh',
    channel: 'sms',
    conversationId,
    requesterPhone: `+86138${String(i).padStart(8, '0')}`,
    address: ADDRESSES[i % ADDRESSES.length],
    attributes: { need: '退烧药' },
    age: 60 + (i % 30),
    keyFacts: i % 4 === 0 ? ['lives_alone'] : [],
    triage: 'none',
    fever: i % 2 === 0,
    withoutAntipyretic: i % 2 === 0,
    description: '社区送药：退烧药',
  };
}

async function run(desk: TicketService, conversationId: string, total: number, concurrency: number, offset: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = offset + next++;
        const t0 = performance.now();
        await desk.submitConversation(request(i, conversationId));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rate: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main() {
  const [total = 2000, concurrency = 16] = process.argv.slice(2).map(Number);
  const pg = await startPostgres();
  try {
    const db = await openDatabase({ databaseUrl: pg.createDatabase('hotline_tickets_bench'), dataDir: 'unused' });
    const desk = new TicketService({
      repository: new PrismaTicketRepository(db.prisma, db.query),
      staff: new PrismaStaffDirectory(db.prisma),
      queue: noJobQueue,
      clock: systemClock,
      communities: loadCommunityDirectory(),
      catalog: serviceCatalog,
      emergencyNumber: '120',
    });
    const { id } = await db.prisma.conversation.create({ data: { channel: 'sms', address: '+8613800000000' } });
    await run(desk, id, 100, 4, 0); // warm-up: connections, prepared plans
    for (const c of [1, concurrency]) {
      const r = await run(desk, id, total, c, (c + 1) * total);
      console.log(
        `PostgreSQL 15, concurrency ${c}: ${r.rate.toFixed(0)} tickets/s (ticket + audit row, one statement each), p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms`,
      );
    }
    const [tickets, events] = await Promise.all([db.prisma.ticket.count(), db.prisma.ticketEvent.count()]);
    console.log(`rows: ${tickets} tickets, ${events} audit rows`);
    await db.close();
  } finally {
    pg.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
