/**
 * A file the page loads, served by the service itself: read once at start, named by its content
 * hash so it can be cached for a year, compressed once on first request (brotli or gzip).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export type Encoding = 'br' | 'gzip' | 'identity';

export class StaticAsset {
  readonly body: Buffer;
  /** Content-addressed public name, e.g. "chat.3f9a1c2b7d.js". */
  readonly name: string;
  readonly etag: string;
  /** Subresource Integrity of the uncompressed body. */
  readonly integrity: string;
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();

  constructor(
    file: string,
    readonly contentType: string,
    publicName = path.basename(file),
  ) {
    this.body = readFileSync(file);
    const hash = createHash('sha256').update(this.body).digest('hex').slice(0, 12);
    const ext = path.extname(publicName);
    this.name = `${publicName.slice(0, -ext.length)}.${hash}${ext}`;
    this.etag = `"${hash}"`;
    this.integrity = `sha384-${createHash('sha384').update(this.body).digest('base64')}`;
  }

  /** The body in the best encoding the client accepts, compressed off the event loop and kept. */
  async encode(acceptEncoding: string | undefined): Promise<{ encoding: Encoding; body: Buffer }> {
    const encoding = pickEncoding(acceptEncoding);
    if (encoding === 'identity') return { encoding, body: this.body };
    let pending = this.encoded.get(encoding);
    if (!pending) {
      pending =
        encoding === 'br'
          ? brotli(this.body, {
              params: {
                [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: this.body.length,
              },
            })
          : gzip(this.body, { level: 9 });
      this.encoded.set(encoding, pending);
      pending.catch(() => this.encoded.delete(encoding));
    }
    return { encoding, body: await pending };
  }
}

export function pickEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return [name, q === undefined ? 1 : Number(q)] as const;
    }),
  );
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return 'identity';
}
