/**
 * Direct Line tokens: 256 random bits the client holds as a bearer token, stored only as their
 * SHA-256 (a leaked database does not open conversations). A plain hash is enough for secrets this
 * long; there is nothing to brute-force.
 */
import { createHash, randomBytes } from 'node:crypto';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** 144 random bits: conversation ids are not secrets, but nobody should find one by counting. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

export type Bearer = { kind: 'missing' } | { kind: 'malformed' } | { kind: 'token'; token: string };

export function readBearer(header: string | undefined): Bearer {
  if (!header?.trim()) return { kind: 'missing' };
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match && TOKEN.test(match[1]) ? { kind: 'token', token: match[1] } : { kind: 'malformed' };
}
