/** The queue: filters, then the tickets most urgent first; the rows refresh themselves (htmx). */
import { html, type Html } from '../html';
import type { StaffTicket } from '../../conversation/staff.port';
import { PRIORITIES, SERVICE_CODES, TICKET_STATUSES } from '../../core/tickets';
import type { ServiceCatalog } from '../../knowledge/services/catalog';
import { textsFor, type PageLang } from '../texts';
import { layout, type PageFrame } from './layout.view';
import { slaBadge } from './sla.view';
import { serviceName, timeOf } from './names';

export interface QueueView {
  tickets: StaffTicket[];
  now: Date;
  /** The filter's query string, kept by the refreshing rows. */
  query: string;
  filter: { status?: string; service?: string; priority?: string; community?: string; mine?: string };
  communities: { id: string; name: string }[];
  communityName: (id: string | null) => string | undefined;
  catalog: ServiceCatalog;
}

export function queuePage(frame: PageFrame, v: QueueView): string {
  const t = textsFor(frame.lang);
  const option = (value: string, label: string, current?: string) =>
    html`<option value="${value}" ${value === (current ?? '') ? html` selected` : ''}>${label}</option>`;
  return layout(
    frame,
    html`<h1>${t.queue} <small class="live">${t.updatesLive}</small></h1>
      <form class="filters" method="get" action="/dashboard" aria-label="${t.filters}">
        <label
          >${t.service}<select name="service">
            ${option('', t.all, v.filter.service)}${SERVICE_CODES.map((s) =>
              option(s, serviceName(v.catalog, s, frame.lang), v.filter.service),
            )}
          </select></label
        >
        <label
          >${t.status}<select name="status">
            ${option('', t.all, v.filter.status)}${TICKET_STATUSES.map((s) =>
              option(s, t.statuses[s], v.filter.status),
            )}
          </select></label
        >
        <label
          >${t.priority}<select name="priority">
            ${option('', t.all, v.filter.priority)}${PRIORITIES.map((p) =>
              option(p, t.priorities[p], v.filter.priority),
            )}
          </select></label
        >
        ${
          v.communities.length > 1
            ? html`<label
                >${t.community}<select name="community">
                  ${option('', t.all, v.filter.community)}${v.communities.map((c) =>
                    option(c.id, c.name, v.filter.community),
                  )}
                </select></label
              >`
            : ''
        }
        <label class="check"
          ><input type="checkbox" name="mine" value="true" ${v.filter.mine === 'true' ? html` checked` : ''} />
          ${t.mine}</label
        >
        <button type="submit">${t.apply}</button>
      </form>
      <table class="queue">
        <thead>
          <tr>
            <th>${t.priority}</th>
            <th>${t.ticket}</th>
            <th>${t.service}</th>
            <th>${t.community}</th>
            <th>${t.status}</th>
            <th>${t.due}</th>
            <th>${t.assignee}</th>
            <th>${t.created}</th>
          </tr>
        </thead>
        ${queueRows(frame.lang, v)}
      </table>`,
  ).toString();
}

export function queueRows(lang: PageLang, v: QueueView): Html {
  const t = textsFor(lang);
  const rows = v.tickets.map(
    (k) =>
      html`<tr class="p-${k.priority}" data-ticket="${k.id}">
        <td><span class="badge p-${k.priority}">${t.priorities[k.priority]}</span></td>
        <td><a href="/dashboard/tickets/${k.id}">${k.id}</a></td>
        <td>${serviceName(v.catalog, k.service, lang)}</td>
        <td>${v.communityName(k.communityId) ?? t.districtQueue}</td>
        <td>${t.statuses[k.status]}</td>
        <td>${slaBadge(k, v.now, t)}</td>
        <td>${k.assigneeName ?? '—'}</td>
        <td>${timeOf(k.createdAt)}</td>
      </tr>`,
  );
  return html`<tbody
    id="queue-rows"
    hx-get="/dashboard/queue/rows${v.query ? `?${v.query}` : ''}"
    hx-trigger="every 10s"
    hx-swap="outerHTML"
    data-now="${v.now.toISOString()}"
  >
    ${
      rows.length
        ? rows
        : html`<tr>
            <td colspan="8" class="empty">${t.noTickets}</td>
          </tr>`
    }
  </tbody>`;
}
