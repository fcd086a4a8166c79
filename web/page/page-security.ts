/**
 * The chat page's security headers. The Content-Security-Policy is the proof that the page talks to
 * nothing but this service: scripts, styles, images, fonts and requests from its own origin only, no
 * inline script at all, and inline styles only with the response's nonce (Web Chat's CSS-in-JS
 * inserts <style> elements and takes the nonce for them).
 */
import { randomBytes } from 'node:crypto';

/**
 * The hash of an empty <style>. Web Chat 4.18.1 does not hand its nonce to react-scroll-to-bottom,
 * whose CSS-in-JS inserts an empty <style> and fills it through the CSSOM (which CSP does not
 * govern); without this the transcript loses its scrolling styles. It admits empty elements only.
 */
const EMPTY_STYLE = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}' ${EMPTY_STYLE}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** Headers for the page and its files alike. */
export const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;
