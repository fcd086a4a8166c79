/** The page's language (Chinese first; ?lang=en switches and is remembered) and the path to come back to. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageLang } from './texts';

const LANG_COOKIE = 'hotline_lang';
type Query = Record<string, string | undefined>;

/** ?lang=zh|en wins and is remembered; then the cookie; Chinese by default. */
export function langOf(request: FastifyRequest, reply: FastifyReply): PageLang {
  const asked = (request.query as Query | undefined)?.lang;
  if (asked === 'zh' || asked === 'en') {
    if (request.cookies[LANG_COOKIE] !== asked)
      reply.setCookie(LANG_COOKIE, asked, { path: '/dashboard', sameSite: 'lax', maxAge: 365 * 86400 });
    return asked;
  }
  return request.cookies[LANG_COOKIE] === 'en' ? 'en' : 'zh';
}

/** The path and query without `lang`, for the language switch. */
export function pathOf(request: FastifyRequest): string {
  const url = new URL(request.url, 'http://dashboard.local');
  url.searchParams.delete('lang');
  url.searchParams.delete('done');
  return url.pathname + url.search;
}
