/**
 * The Agents SDK writes to an Express-shaped response; this collects what it writes so the Fastify
 * route can send it (and reword the SDK's own error bodies into the service's error format).
 */
import type { WebResponse } from '@microsoft/agents-hosting';

export class CollectedResponse implements WebResponse {
  statusCode = 200;
  readonly headers: Record<string, string> = {};
  body: unknown;
  headersSent = false;
  writableEnded = false;

  status(code: number): this {
    this.statusCode = code;
    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers[name.toLowerCase()] = value;
    return this;
  }

  send(body?: unknown): this {
    this.body = body;
    this.headersSent = true;
    return this;
  }

  end(): this {
    this.headersSent = true;
    this.writableEnded = true;
    return this;
  }
}
