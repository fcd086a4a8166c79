/** The frame of every dashboard page: language, navigation, the self-hosted assets, nothing else. */
import { html, type Html } from '../html';
import type { StaffAccount } from '../../core/staff';
import { textsFor, type PageLang } from '../texts';

export interface PageFrame {
  lang: PageLang;
  title: string;
  /** Signed in: the account and the CSRF token its forms carry. */
  session?: { account: StaffAccount; csrfToken: string };
  /** The current path, for the language switch to come back to. */
  path: string;
  scripts?: string[];
  styles?: string[];
}

export function layout(frame: PageFrame, body: Html): Html {
  const t = textsFor(frame.lang);
  const other = frame.lang === 'zh' ? 'en' : 'zh';
  const sep = frame.path.includes('?') ? '&' : '?';
  return html`<!doctype html>
    <html lang="${frame.lang === 'zh' ? 'zh-CN' : 'en'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}' />
        <title>${frame.title} · ${t.title}</title>
        <link rel="stylesheet" href="/dashboard/assets/dashboard.css" />
        ${(frame.styles ?? []).map((s) => html`<link rel="stylesheet" href="/dashboard/assets/${s}" />`)}
      </head>
      <body
        data-countdown="${JSON.stringify(t.countdown)}"
        ${frame.session ? html` data-csrf="${frame.session.csrfToken}"` : ''}
      >
        <header class="top">
          <a class="brand" href="/dashboard">${t.title}</a>
          ${
            frame.session
              ? html`<nav>
                    <a href="/dashboard">${t.queue}</a>
                    <a href="/dashboard/charts">${t.charts}</a>
                    <a href="/dashboard/key-people">${t.keyPeople}</a>
                    <a href="/dashboard/export.csv">${t.export}</a>
                    ${frame.session.account.role === 'admin' ? html`<a href="/dashboard/staff">${t.staff}</a>` : ''}
                  </nav>
                  <span class="who">${frame.session.account.name}</span>
                  <form method="post" action="/dashboard/logout" class="inline">
                    <input type="hidden" name="_csrf" value="${frame.session.csrfToken}" />
                    <button type="submit" class="link">${t.signOut}</button>
                  </form>`
              : ''
          }
          <a class="lang" href="${frame.path + sep}lang=${other}" hreflang="${other}">${t.otherLang}</a>
        </header>
        <main>${body}</main>
        <script src="/dashboard/assets/htmx.min.js"></script>
        ${(frame.scripts ?? []).map((s) => html`<script src="/dashboard/assets/${s}"></script>`)}
        <script src="/dashboard/assets/dashboard.js"></script>
      </body>
    </html>`;
}
