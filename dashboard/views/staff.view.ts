/** Admins' account page: every account with its role, area and state; add, disable, enable. */
import { html } from '../html';
import type { StaffAccount } from '../../core/staff';
import { STAFF_ROLES } from '../../core/staff';
import { textsFor } from '../texts';
import { layout, type PageFrame } from './layout.view';

export interface StaffView {
  accounts: StaffAccount[];
  communities: { id: string; name: string }[];
  message?: string;
}

export function staffPage(frame: PageFrame, v: StaffView): string {
  const t = textsFor(frame.lang);
  const csrf = html`<input type="hidden" name="_csrf" value="${frame.session?.csrfToken ?? ''}" />`;
  const names = new Map(v.communities.map((c) => [c.id, c.name]));
  const scope = (a: StaffAccount) =>
    a.role === 'commissioner'
      ? a.communities.map((id) => names.get(id) ?? id).join('、')
      : a.role === 'lead'
        ? [a.district, a.street].filter(Boolean).join(' ')
        : '—';
  return layout(
    { ...frame, title: t.staff },
    html`<h1>${t.staff}</h1>
      ${v.message ? html`<p class="error" role="alert">${v.message}</p>` : ''}
      <table class="staff">
        <thead>
          <tr>
            <th>${t.username}</th>
            <th>${t.name}</th>
            <th>${t.role}</th>
            <th>${t.scope}</th>
            <th>${t.active}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${v.accounts.map(
            (a) =>
              html`<tr data-username="${a.username ?? ''}">
                <td>${a.username ?? '—'}</td>
                <td>${a.name}</td>
                <td>${t.roles[a.role] ?? a.role}</td>
                <td>${scope(a)}</td>
                <td>${a.active ? t.enabled : t.disabled}</td>
                <td>
                  ${
                    a.username
                      ? html`<form method="post" action="/dashboard/staff" class="inline">
                          ${csrf}
                          <input type="hidden" name="username" value="${a.username}" />
                          <button type="submit" name="action" value="${a.active ? 'disable' : 'enable'}">
                            ${a.active ? t.disable : t.enable}
                          </button>
                        </form>`
                      : ''
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <section class="card">
        <h2>${t.addAccount}</h2>
        <form method="post" action="/dashboard/staff">
          ${csrf}
          <label>${t.username}<input name="username" required maxlength="32" autocomplete="off" /></label>
          <label>${t.name}<input name="name" maxlength="64" /></label>
          <label>${t.phone}<input name="phone" maxlength="16" inputmode="tel" /></label>
          <label
            >${t.password}<input
              name="password"
              type="password"
              required
              minlength="10"
              maxlength="200"
              autocomplete="new-password"
          /></label>
          <label
            >${t.role}<select name="role">
              ${STAFF_ROLES.map((r) => html`<option value="${r}">${t.roles[r]}</option>`)}
            </select></label
          >
          <fieldset>
            <legend>${t.communitiesHint}</legend>
            ${v.communities.map(
              (c) =>
                html`<label class="check"
                  ><input type="checkbox" name="communities" value="${c.id}" /> ${c.name}</label
                > `,
            )}
          </fieldset>
          <p>${t.leadHint}</p>
          <label>${t.district}<input name="district" maxlength="64" /></label>
          <label>${t.street}<input name="street" maxlength="64" /></label>
          <button type="submit" class="primary" name="action" value="add">${t.add}</button>
        </form>
      </section>`,
  ).toString();
}
