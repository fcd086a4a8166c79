import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ChannelMetrics } from '../conversation/channel';
import type { Channel, Reply } from '../core/types';
import { sqlStatements } from '../db/sql-count';
import { groupCommitStats } from '../db/group-commit';

/** Prometheus metrics of one service instance. Labels never carry phone numbers or text. */
export class Metrics implements ChannelMetrics {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly turns = new Counter({
    name: 'hotline_turns_total',
    help: 'Conversation turns by channel, intent and triage level',
    labelNames: ['channel', 'intent', 'triage'] as const,
    registers: [this.registry],
  });

  readonly sqlStatements = new Counter({
    name: 'hotline_sql_statements_total',
    help: 'SQL statements this process sent to its database (db/sql-count.ts)',
    registers: [this.registry],
    collect() {
      this.reset();
      this.inc(sqlStatements());
    },
  });

  readonly groupCommits = new Counter({
    name: 'hotline_group_commits_total',
    help: "Transactions that committed turns' writes on PostgreSQL (db/group-commit.ts), one or more turns each",
    registers: [this.registry],
    collect() {
      this.reset();
      this.inc(groupCommitStats.commits);
    },
  });
  readonly groupCommitTurns = new Counter({
    name: 'hotline_group_commit_turns_total',
    help: 'Turns acknowledged by those commits (turns per commit: this over hotline_group_commits_total)',
    registers: [this.registry],
    collect() {
      this.reset();
      this.inc(groupCommitStats.turns);
    },
  });
  readonly groupCommitRetries = new Counter({
    name: 'hotline_group_commit_retried_alone_total',
    help: "Shared transactions rolled back for one turn's error, their turns then written alone",
    registers: [this.registry],
    collect() {
      this.reset();
      this.inc(groupCommitStats.retriedAlone);
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  turn(channel: Channel, reply: Reply | undefined, duplicate: boolean | undefined): void {
    if (reply && !duplicate) this.turns.inc({ channel, intent: reply.intent, triage: reply.triage });
  }
}
