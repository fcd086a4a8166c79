/**
 * Background jobs (pg-boss behind it, jobs/): notifications, SLA sweeps. Business timers are jobs on
 * the database, never setTimeout in a process — any instance may die, another picks the job up.
 */
export interface JobQueue {
  /** Queues a job; it runs on some instance, retried on failure. */
  send(name: string, data: Record<string, unknown>): Promise<void>;
}

/** Tests and tools without a queue: jobs are dropped, the minute sweep picks their rows up again. */
export const noJobQueue: JobQueue = { send: async () => undefined };
