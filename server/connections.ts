/**
 * Sockets are a finite resource: at most MAX_CONNECTIONS at once, and at most MAX_CONNECTIONS_PER_IP
 * from one address, so one client holding thousands of idle sockets cannot stop /health answering.
 */
import type { Server } from 'node:http';
import type { HttpLimits } from './config';

export function limitConnections(server: Server, http: Pick<HttpLimits, 'maxConnections' | 'maxConnectionsPerIp'>) {
  server.maxConnections = http.maxConnections;
  if (http.maxConnectionsPerIp <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket) => {
    const ip = socket.remoteAddress ?? 'unknown';
    const n = (open.get(ip) ?? 0) + 1;
    if (n > http.maxConnectionsPerIp) {
      socket.destroy();
      return;
    }
    open.set(ip, n);
    socket.once('close', () => {
      const left = (open.get(ip) ?? 1) - 1;
      if (left <= 0) open.delete(ip);
      else open.set(ip, left);
    });
  });
}
