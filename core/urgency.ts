/**
 * Whether the work in progress is an emergency's turn. The engine runs a turn the screen flags as an
 * emergency inside `urgently`; what the turn waits for on the way (a turn-lock connection, a database
 * connection) asks `isUrgent` and lets it go ahead of ordinary work, so under a flood an emergency waits
 * for the CPU it shares, not for the queue of ordinary turns admitted before it.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const context = new AsyncLocalStorage<'emergency'>();

export function urgently<T>(work: () => Promise<T>): Promise<T> {
  return context.run('emergency', work);
}

export function isUrgent(): boolean {
  return context.getStore() === 'emergency';
}
