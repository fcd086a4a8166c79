/**
 * A stand-in for Entra's key publication, on loopback: an RSA key generated for the test run, its
 * public half served as a JWKS at {authority}/{tenant}/discovery/v2.0/keys (where the Agents SDK
 * looks), and tokens signed with it (RS256, built with node:crypto alone).
 */
import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface KeyServer {
  authority: string;
  tenantId: string;
  /** A token as Entra issues it for the bot, with `claims` overriding the defaults. */
  sign(claims?: Record<string, unknown>, key?: KeyObject): string;
  /** A key the server does not publish. */
  strangerKey: KeyObject;
  /** Key-set requests served so far. */
  requests: number;
  close(): Promise<void>;
}

const b64 = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

export async function startKeyServer(appId: string): Promise<KeyServer> {
  const tenantId = randomUUID();
  const kid = 'test-key-1';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const strangerKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  let requests = 0;
  const server = http.createServer((req, res) => {
    if (req.url === `/${tenantId}/discovery/v2.0/keys`) {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const authority = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    authority,
    tenantId,
    strangerKey,
    get requests() {
      return requests;
    },
    sign(claims = {}, key = privateKey) {
      const now = Math.floor(Date.now() / 1000);
      const payload = {
        iss: `${authority}/${tenantId}/v2.0`,
        aud: appId,
        tid: tenantId,
        appid: randomUUID(),
        iat: now - 10,
        nbf: now - 10,
        exp: now + 3600,
        ...claims,
      };
      const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(payload)}`;
      const signature = createSign('RSA-SHA256').update(unsigned).sign(key);
      return `${unsigned}.${b64(signature)}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
