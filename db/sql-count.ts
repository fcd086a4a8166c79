/**
 * Counts the SQL statements this process sends, whatever sends them (the turn's own statements, the
 * turn lock, Prisma, the change feed, the job queue), for /metrics (`hotline_sql_statements_total`)
 * and so for bench:hot-path's statements per turn. A statement is one Execute of the extended protocol
 * or one statement of a simple query (`BEGIN; SET …; SELECT …` is three). Counting costs a compare per
 * query and, for simple queries only, a scan of the text.
 */
let statements = 0;

export function sqlStatements(): number {
  return statements;
}

/** Statements in a simple query: the `;`-separated parts that are not empty, outside quotes and dollar-quoted bodies. */
export function statementsIn(text: string): number {
  let count = 0;
  let content = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = undefined;
      }
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i, i + 64))?.[0];
      if (tag) {
        quote = tag;
        i += tag.length - 1;
      }
    }
    if (c === ';') {
      if (content) count++;
      content = false;
    } else if (c.trim() !== '') content = true;
  }
  return count + (content ? 1 : 0);
}

let pgCounted = false;

/** Every query of every pg client in this process (pools share the prototype). */
export function countPgStatements(Client: { prototype: { query: (...args: unknown[]) => unknown } }): void {
  if (pgCounted) return;
  pgCounted = true;
  const query = Client.prototype.query;
  Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const config = args[0];
    if (typeof config === 'string')
      statements += args[1] !== undefined && typeof args[1] !== 'function' ? 1 : statementsIn(config);
    else if (config && typeof config === 'object') {
      const c = config as { text?: unknown; values?: unknown[]; name?: unknown };
      const extended = c.name !== undefined || (c.values?.length ?? 0) > 0 || Array.isArray(args[1]);
      if (typeof c.text === 'string') statements += extended ? 1 : statementsIn(c.text);
    }
    return query.apply(this, args);
  };
}

/** Every message PGlite is sent: an Execute ('E') is a statement, a simple query ('Q') as many as it holds. */
export function countPgliteStatements(client: {
  execProtocolStream: (message: Uint8Array, ...rest: never[]) => Promise<unknown>;
}): void {
  const send = client.execProtocolStream.bind(client);
  const decoder = new TextDecoder();
  client.execProtocolStream = (message: Uint8Array, ...rest: never[]) => {
    // One call may carry several messages: type byte, then a length that includes itself.
    for (let at = 0; at + 5 <= message.length;) {
      const type = message[at]!;
      const length =
        ((message[at + 1]! << 24) | (message[at + 2]! << 16) | (message[at + 3]! << 8) | message[at + 4]!) >>> 0;
      if (type === 0x45) statements++;
      else if (type === 0x51) statements += statementsIn(decoder.decode(message.subarray(at + 5, at + length)));
      at += 1 + length;
    }
    return send(message, ...rest);
  };
}
