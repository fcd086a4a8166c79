import { html } from '../html';
import { textsFor, type PageLang } from '../texts';
import { layout } from './layout.view';

export function loginPage(lang: PageLang, path: string, error?: string, username = ''): string {
  const t = textsFor(lang);
  return layout(
    { lang, title: t.signIn, path },
    html`<section class="card narrow">
      <h1>${t.signIn}</h1>
      ${error ? html`<p class="error" role="alert">${error}</p>` : ''}
      <form method="post" action="/dashboard/login">
        <label
          >${t.username}<input name="username" autocomplete="username" required maxlength="64" value="${username}"
        /></label>
        <label
          >${t.password}<input name="password" type="password" autocomplete="current-password" required maxlength="200"
        /></label>
        <button type="submit" class="primary">${t.signIn}</button>
      </form>
    </section>`,
  ).toString();
}
