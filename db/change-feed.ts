/**
 * PostgreSQL's LISTEN/NOTIFY as a feed of changes, for caches that must forget what another instance
 * changed. A subscriber hears every payload on its channel, and whether the feed is live: while it is
 * not (connecting, or the connection was lost and notifications may have been missed) a cache must
 * not answer from memory.
 */
import { Client } from 'pg';

export interface ChangeSubscriber {
  changed(payload: string): void;
  live(on: boolean): void;
}

export interface ChangeFeed {
  subscribe(channel: string, subscriber: ChangeSubscriber): void;
  close(): Promise<void>;
}

/** How long to wait before listening again after the connection was lost. */
const RECONNECT_MS = 1000;

/** One connection of its own, listening on every subscribed channel, reconnecting when lost. */
export function postgresChangeFeed(url: string): ChangeFeed {
  const subscribers = new Map<string, ChangeSubscriber[]>();
  let client: Client | undefined;
  /** The current client connected and listening on the channels known when it connected. */
  let ready: Promise<void> = Promise.resolve();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  const each = (fn: (s: ChangeSubscriber) => void) => [...subscribers.values()].flat().forEach(fn);

  const lost = () => {
    each((s) => s.live(false));
    client?.removeAllListeners();
    client?.on('error', () => undefined);
    void client?.end().catch(() => undefined);
    client = undefined;
    if (!closed && !timer) timer = setTimeout(connect, RECONNECT_MS);
  };

  const connect = async () => {
    timer = undefined;
    if (closed || subscribers.size === 0) return;
    const c = new Client({ connectionString: url });
    client = c;
    c.on('error', lost);
    c.on('end', () => client === c && lost());
    c.on('notification', (n) => subscribers.get(n.channel)?.forEach((s) => s.changed(n.payload ?? '')));
    const channels = [...subscribers.keys()];
    ready = (async () => {
      await c.connect();
      for (const channel of channels) await c.query(`LISTEN ${c.escapeIdentifier(channel)}`);
    })();
    try {
      await ready;
      // Live: the channels listened on; one subscribed meanwhile is live once its own LISTEN is done.
      if (client === c) for (const channel of channels) subscribers.get(channel)?.forEach((s) => s.live(true));
    } catch {
      if (client === c) lost();
    }
  };

  return {
    subscribe(channel, subscriber) {
      subscriber.live(false);
      subscribers.set(channel, [...(subscribers.get(channel) ?? []), subscriber]);
      const c = client;
      if (!c) {
        if (!timer) void connect();
        return;
      }
      // Already connected (or connecting): add this channel once the connection is ready, one query at a
      // time on it; a failure here is a lost connection.
      const listened = ready.then(() => c.query(`LISTEN ${c.escapeIdentifier(channel)}`));
      ready = listened.then(
        () => undefined,
        () => undefined,
      );
      listened.then(
        () => client === c && subscriber.live(true),
        () => client === c && lost(),
      );
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      const c = client;
      client = undefined;
      c?.removeAllListeners();
      c?.on('error', () => undefined);
      await c?.end().catch(() => undefined);
    },
  };
}

type PGliteClient = import('@electric-sql/pglite').PGlite;

/** The embedded database notifies in-process; its feed is live once listening and never lost. */
export function embeddedChangeFeed(client: PGliteClient): ChangeFeed {
  const stops: Promise<() => Promise<void>>[] = [];
  return {
    subscribe(channel, subscriber) {
      subscriber.live(false);
      const stop = client.listen(channel, (payload) => subscriber.changed(payload));
      stops.push(stop);
      void stop.then(() => subscriber.live(true)).catch(() => undefined);
    },
    async close() {
      await Promise.all(stops.map((s) => s.then((stop) => stop()).catch(() => undefined)));
    },
  };
}
