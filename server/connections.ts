/**
 * Sockets are a finite resource: at most MAX_CONNECTIONS at once, and at most MAX_CONNECTIONS_PER_IP
 * from one address, so one client holding thousands of idle sockets cannot stop /health answering.
 * At the global cap a new socket is let in by closing the oldest one that has not sent a byte since it
 * connected: every real client speaks at once, so a full server of silent sockets (many addresses,
 * each under its own cap) no longer keeps everyone out until the headers timeout frees them. Only when
 * every open socket has spoken is the newcomer refused.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { HttpLimits } from './config';

export function limitConnections(server: Server, http: Pick<HttpLimits, 'maxConnections' | 'maxConnectionsPerIp'>) {
  // Node's own cap (server.maxConnections) drops a new socket before anyone sees it: counted here instead.
  const open = new Set<Socket>();
  const perIp = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const ip = socket.remoteAddress ?? 'unknown';
    const fromIp = (perIp.get(ip) ?? 0) + 1;
    if (http.maxConnectionsPerIp > 0 && fromIp > http.maxConnectionsPerIp) {
      socket.destroy();
      return;
    }
    if (open.size >= http.maxConnections && !closeOldestSilent(open)) {
      socket.destroy();
      return;
    }
    open.add(socket);
    perIp.set(ip, fromIp);
    socket.once('close', () => {
      open.delete(socket);
      const left = (perIp.get(ip) ?? 1) - 1;
      if (left <= 0) perIp.delete(ip);
      else perIp.set(ip, left);
    });
  });
}

/** Closes the longest-open socket that has never sent a byte; false when there is none. */
function closeOldestSilent(open: Set<Socket>): boolean {
  // A Set iterates in insertion order: oldest first.
  for (const socket of open) {
    if (socket.bytesRead === 0) {
      open.delete(socket);
      socket.destroy();
      return true;
    }
  }
  return false;
}
