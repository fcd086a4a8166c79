/**
 * The chat page as a pure function of its inputs, every interpolated value escaped. The page is
 * usable before its script runs: the emergency number is a link in the header from the start.
 */
import type { Lang } from '../../core/types';
import type { PageTexts } from './chat-page.texts';

export interface PageAssets {
  webchat: { url: string; integrity: string };
  script: { url: string; integrity: string };
  style: { url: string; integrity: string };
}

export interface PageInput {
  lang: Lang;
  texts: PageTexts;
  assets: PageAssets;
  nonce: string;
  emergencyNumber: string;
  maxTextLength: number;
  directLinePath: string;
}

const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderChatPage(p: PageInput): string {
  const t = p.texts;
  const other: Lang = p.lang === 'zh' ? 'en' : 'zh';
  const config = {
    locale: p.lang === 'zh' ? 'zh-CN' : 'en-US',
    directLine: p.directLinePath,
    maxTextLength: p.maxTextLength,
    emergencyNumber: p.emergencyNumber,
    nonce: p.nonce,
    texts: { notSent: t.notSent, expired: t.expired, bannerTitle: t.bannerTitle, bannerCall: t.bannerCall },
  };
  const tel = `tel:${p.emergencyNumber}`;
  const e = escapeHtml;
  return `<!doctype html>
<html lang="${HTML_LANG[p.lang]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover, interactive-widget=resizes-content">
<meta name="color-scheme" content="light">
<link rel="icon" href="data:,">
<title>${e(t.title)}</title>
<link rel="stylesheet" href="${e(p.assets.style.url)}" integrity="${e(p.assets.style.integrity)}">
<script src="${e(p.assets.webchat.url)}" integrity="${e(p.assets.webchat.integrity)}" defer></script>
<script src="${e(p.assets.script.url)}" integrity="${e(p.assets.script.integrity)}" defer></script>
</head>
<body>
<div class="app" id="app">
<header class="top">
<h1>${e(t.heading)}</h1>
<nav class="tools">
<a class="button lang-switch" href="/chat?lang=${other}" hreflang="${HTML_LANG[other]}" lang="${HTML_LANG[other]}">${other === 'en' ? 'English' : '中文'}</a>
<button class="button restart" type="button" id="restart">${e(t.restart)}</button>
</nav>
</header>
<p class="emergency-line">${e(t.emergency)} <a href="${e(tel)}">${e(p.emergencyNumber)}</a></p>
<section class="intro" id="intro">
<p>${e(t.ask)}</p>
<p class="on-behalf">${e(t.onBehalf)}</p>
<p class="not-doctor">${e(t.notDoctor)}</p>
</section>
<div class="emergency-banner" id="emergency-banner" role="alert" hidden>
<p class="banner-title" id="banner-title">${e(t.bannerTitle)}</p>
<a class="call" id="banner-call" href="${e(tel)}">${e(t.bannerCall)}</a>
</div>
<p class="notice" id="notice" role="status" hidden></p>
<main class="webchat" id="webchat" aria-label="${e(t.chatLabel)}" data-config="${e(JSON.stringify(config))}"></main>
<noscript><p class="notice">${e(t.noScript)}</p></noscript>
</div>
</body>
</html>
`;
}
