/**
 * GET /chat: the residents' web chat page, and the files it loads. Everything the page needs is
 * served from here: Web Chat's minimal bundle straight from node_modules, the page's own script
 * and styles from assets/, each under a content-hashed name with a year of caching.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../core/types';
import { renderChatPage, type PageAssets } from './chat-page.html';
import { pageTexts } from './chat-page.texts';
import { COMMON_HEADERS, contentSecurityPolicy, newNonce } from './page-security';
import { StaticAsset } from './static-asset';

export interface ChatPageSettings {
  emergencyNumber: string;
  maxTextLength: number;
  directLinePath: string;
}

const ASSET_PREFIX = '/chat/assets/';

/** botframework-webchat's package exports hide its files from require.resolve; its main sits in lib/. */
function webChatDir(): string {
  return path.dirname(path.dirname(require.resolve('botframework-webchat')));
}

export function loadPageAssets(): Record<keyof PageAssets, StaticAsset> {
  const dir = webChatDir();
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return {
    webchat: new StaticAsset(
      path.join(dir, 'dist', 'webchat-minimal.js'),
      'text/javascript; charset=utf-8',
      `webchat-minimal-${version}.js`,
    ),
    script: new StaticAsset(path.join(__dirname, 'assets', 'chat.js'), 'text/javascript; charset=utf-8'),
    style: new StaticAsset(path.join(__dirname, 'assets', 'chat.css'), 'text/css; charset=utf-8'),
  };
}

export function chatPageRoutes(app: FastifyInstance, settings: ChatPageSettings): void {
  const assets = loadPageAssets();
  const byName = new Map(Object.values(assets).map((a) => [a.name, a]));
  const links = Object.fromEntries(
    Object.entries(assets).map(([key, a]) => [key, { url: ASSET_PREFIX + a.name, integrity: a.integrity }]),
  ) as unknown as PageAssets;

  app.get<{ Querystring: { lang?: string } }>('/chat', { schema: { hide: true } }, async (request, reply) => {
    const lang: Lang = request.query.lang === 'en' ? 'en' : 'zh';
    const nonce = newNonce();
    const html = renderChatPage({
      lang,
      texts: pageTexts(lang, settings.emergencyNumber),
      assets: links,
      nonce,
      emergencyNumber: settings.emergencyNumber,
      maxTextLength: settings.maxTextLength,
      directLinePath: settings.directLinePath,
    });
    return reply
      .headers({
        ...COMMON_HEADERS,
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': contentSecurityPolicy(nonce),
        // A fresh nonce every time: the page is never cached.
        'cache-control': 'no-store',
      })
      .send(html);
  });

  app.get<{ Params: { name: string } }>(`${ASSET_PREFIX}:name`, { schema: { hide: true } }, async (request, reply) => {
    const asset = byName.get(request.params.name);
    if (!asset) return reply.callNotFound();
    return sendAsset(asset, request, reply);
  });
}

async function sendAsset(asset: StaticAsset, request: FastifyRequest, reply: FastifyReply) {
  reply.headers({
    ...COMMON_HEADERS,
    'content-type': asset.contentType,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: asset.etag,
    vary: 'accept-encoding',
  });
  if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send();
  const { encoding, body } = await asset.encode(request.headers['accept-encoding']);
  if (encoding !== 'identity') reply.header('content-encoding', encoding);
  return reply.send(body);
}
