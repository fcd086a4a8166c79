/**
 * GET /chat and the files it loads, through HTTP: Chinese by default with an English switch, a CSP
 * that allows nothing from outside the service and no inline script, Web Chat's bundle served from
 * node_modules under a content-hashed name with a year of caching, compressed once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startTestApp, type TestApp } from '../../harness/test-app';

const WEBCHAT = path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat-minimal.js');

describe('GET /chat', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ EMERGENCY_NUMBER: '112', MAX_TEXT_LENGTH: '800' });
  });
  afterAll(() => t?.close());

  const page = (url = '/chat') => t.app.inject({ method: 'GET', url });
  const csp = (header: unknown) =>
    Object.fromEntries(
      String(header)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
  const configOf = (html: string) =>
    JSON.parse(
      /data-config="([^"]*)"/.exec(html)![1].replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n))),
    );
  const assetUrls = (html: string) => [...html.matchAll(/(?:src|href)="(\/chat\/assets\/[^"]+)"/g)].map((m) => m[1]);

  it('is Chinese by default, says it can be used for a family member, and names the emergency number', async () => {
    const res = await page();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(/<html lang="zh-CN">/);
    expect(res.body).toContain('替家人（比如父母）问也可以');
    expect(res.body).toContain('href="tel:112"');
    expect(res.body).toContain('href="/chat?lang=en"');
    expect(configOf(res.body)).toMatchObject({
      locale: 'zh-CN',
      directLine: '/v3/directline',
      maxTextLength: 800,
      emergencyNumber: '112',
    });
  });

  it('switches to English with ?lang=en', async () => {
    const res = await page('/chat?lang=en');
    expect(res.body).toMatch(/<html lang="en">/);
    expect(res.body).toContain('You can ask for a family member');
    expect(res.body).toContain('href="/chat?lang=zh"');
    expect(configOf(res.body).locale).toBe('en-US');
    expect((await page('/chat?lang=fr')).body).toMatch(/<html lang="zh-CN">/);
  });

  it('has a CSP that allows only its own origin and no inline script; styles only with this response’s nonce', async () => {
    const res = await page();
    const policy = csp(res.headers['content-security-policy']);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    const { nonce } = configOf(res.body);
    expect(policy['style-src']).toEqual(["'self'", `'nonce-${nonce}'`, expect.stringMatching(/^'sha256-/)]);
    for (const values of Object.values(policy)) {
      expect(values.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    }
    expect((await page()).headers['content-security-policy']).not.toBe(res.headers['content-security-policy']);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('has no inline script, and every file it loads is the service’s own', async () => {
    const { body } = await page();
    const scripts = [...body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(2);
    for (const [, attrs, content] of scripts) {
      expect(attrs).toMatch(/src="\/chat\/assets\//);
      expect(content).toBe('');
    }
    expect(body).not.toMatch(/\son\w+=/);
    expect(body).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(assetUrls(body)).toHaveLength(3);
  });

  describe('its files', () => {
    let urls: string[];
    beforeAll(async () => {
      urls = assetUrls((await page()).body);
    });
    const webchatUrl = () => urls.find((u) => u.includes('webchat-minimal'))!;

    it('serves Web Chat 4.18.1’s minimal bundle from node_modules, cached for a year under its hash', async () => {
      expect(webchatUrl()).toMatch(/^\/chat\/assets\/webchat-minimal-4\.18\.1\.[0-9a-f]{12}\.js$/);
      const res = await t.app.inject({ method: 'GET', url: webchatUrl() });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.rawPayload.equals(readFileSync(WEBCHAT))).toBe(true);
    });

    it('compresses with brotli or gzip when asked, and answers 304 to its ETag', async () => {
      const original = readFileSync(WEBCHAT);
      const br = await t.app.inject({ method: 'GET', url: webchatUrl(), headers: { 'accept-encoding': 'gzip, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toBe('accept-encoding');
      expect(zlib.brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
      expect(br.rawPayload.length).toBeLessThan(original.length / 4);
      const gz = await t.app.inject({ method: 'GET', url: webchatUrl(), headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gz.rawPayload).equals(original)).toBe(true);
      const again = await t.app.inject({
        method: 'GET',
        url: webchatUrl(),
        headers: { 'if-none-match': String(br.headers.etag) },
      });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    });

    it('serves the page’s own script and styles; any other name is 404', async () => {
      for (const url of urls.filter((u) => !u.includes('webchat-minimal'))) {
        const res = await t.app.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/(javascript|css); charset=utf-8$/);
      }
      for (const url of [
        '/chat/assets/chat.js',
        '/chat/assets/chat.000000000000.js',
        '/chat/assets/..%2Fpackage.json',
      ]) {
        expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
      }
    });

    it('the page’s script is small', async () => {
      const script = urls.find((u) => /\/chat\.[0-9a-f]{12}\.js$/.test(u))!;
      const res = await t.app.inject({ method: 'GET', url: script, headers: { 'accept-encoding': 'br' } });
      expect(res.rawPayload.length).toBeLessThan(4 * 1024);
    });
  });
});
