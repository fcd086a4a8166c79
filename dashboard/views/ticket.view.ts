/**
 * One ticket: the request, the person (key-population facts), the conversation, the audit trail,
 * and what staff can do — claim, change status, note, reassign (leads), call the resident.
 */
import { html, type Html } from '../html';
import type { StaffAccount } from '../../core/staff';
import type { TicketDetail } from '../../conversation/staff.port';
import type { ServiceCatalog } from '../../knowledge/services/catalog';
import { canTransition, isOpen, type TicketStatus } from '../../core/tickets';
import { STAFF_STATUSES } from '../../domains/staff';
import { textsFor, type Texts } from '../texts';
import { layout, type PageFrame } from './layout.view';
import { slaBadge } from './sla.view';
import { attributeLabel, keyFactName, serviceName, timeOf } from './names';

export interface TicketView {
  detail: TicketDetail;
  now: Date;
  account: StaffAccount;
  csrfToken: string;
  catalog: ServiceCatalog;
  communityName?: string;
  communities: { id: string; name: string }[];
  /** A message after a refused change (409) or a done one. */
  message?: { kind: 'error' | 'done'; text: string };
}

/** Attributes shown in their own lines, not again in the list of the rest. */
const SHOWN = new Set(['age', 'key_facts', 'phone', 'address', 'for_whom']);

export function ticketPage(frame: PageFrame, v: TicketView): string {
  const t = textsFor(frame.lang);
  const k = v.detail.ticket;
  const lang = frame.lang;
  const facts = Array.isArray(k.attributes.key_facts) ? (k.attributes.key_facts as string[]) : [];
  const phone = k.contactPhone ?? k.requesterPhone;
  const others = Object.entries(k.attributes).filter(([key]) => !SHOWN.has(key));
  return layout(
    frame,
    html`<p><a href="/dashboard">← ${t.back}</a></p>
      ${v.message ? html`<p class="${v.message.kind}" role="alert">${v.message.text}</p>` : ''}
      <section class="card ticket p-${k.priority}">
        <h1>
          <span class="badge p-${k.priority}">${t.priorities[k.priority]}</span> ${k.id} ·
          ${serviceName(v.catalog, k.service, lang)}
        </h1>
        <p class="status">
          ${t.statuses[k.status]} · ${slaBadge(k, v.now, t)} ·
          ${v.communityName ?? t.districtQueue}${k.assigneeName ? html` · ${t.takenBy(k.assigneeName)}` : ''}
        </p>
        ${actions(t, v)}
      </section>
      <section class="card">
        <h2>${t.person}</h2>
        <dl>
          ${
            k.contactName
              ? html`<dt>${t.person}</dt>
                  <dd>${k.contactName}</dd>`
              : ''
          }
          ${
            k.forWhom
              ? html`<dt>${t.forWhom}</dt>
                  <dd>${k.forWhom === 'relative' ? t.forRelative : t.forSelf}</dd>`
              : ''
          }
          ${
            typeof k.attributes.age === 'number'
              ? html`<dt>${t.age}</dt>
                  <dd>${k.attributes.age}</dd>`
              : ''
          }
          ${
            facts.length
              ? html`<dt>${t.keyFacts}</dt>
                  <dd>${facts.map((f) => keyFactName(v.catalog, f, lang)).join('、')}</dd>`
              : ''
          }
          ${
            phone
              ? html`<dt>${t.phone}</dt>
                  <dd><a class="call" href="tel:${phone}">${t.callResident} ${phone}</a></dd>`
              : ''
          }
          ${
            k.address
              ? html`<dt>${t.address}</dt>
                  <dd>${k.address}</dd>`
              : ''
          }
        </dl>
        <h2>${t.request}</h2>
        <p class="description">${k.description}</p>
        <dl>
          ${others.map(
            ([key, value]) =>
              html`<dt>${t.extraAttributes[key] ?? attributeLabel(v.catalog, key, lang)}</dt>
                <dd>${Array.isArray(value) ? value.join('、') : String(value)}</dd>`,
          )}
        </dl>
        ${k.recordingUrl && /^https?:\/\//.test(k.recordingUrl) ? html`<p><a href="${k.recordingUrl}" rel="noreferrer">🎙 ${k.recordingUrl}</a></p>` : ''}
      </section>
      <section class="card">
        <h2>${t.transcript}</h2>
        <ol class="transcript">
          ${v.detail.transcript.map(
            (line) =>
              html`<li class="${line.direction}">
                <span class="who">${line.direction === 'in' ? t.resident : t.hotline}</span> ${line.text}
              </li>`,
          )}
        </ol>
      </section>
      <section class="card">
        <h2>${t.audit}</h2>
        <ol class="audit">
          ${v.detail.events.map(
            (e) =>
              html`<li>
                <time>${timeOf(e.at)}</time>
                <b>${t.events[e.kind] ?? e.kind}</b> ${e.actorName ?? actorLabel(e.actor, t)}${
                  e.fromStatus || e.toStatus
                    ? html` ·
                      ${e.fromStatus ? t.statuses[e.fromStatus as keyof Texts['statuses']] + ' → ' : ''}${
                        e.toStatus ? t.statuses[e.toStatus as keyof Texts['statuses']] : ''
                      }`
                    : ''
                }${e.note ? html` · <q>${e.note}</q>` : ''}
              </li>`,
          )}
        </ol>
      </section>`,
  ).toString();
}

/** The statuses staff can move the ticket to from here (directly, or through in_progress). */
function reachable(from: TicketStatus): TicketStatus[] {
  return STAFF_STATUSES.filter(
    (s) =>
      s !== from && (canTransition(from, s) || (canTransition(from, 'in_progress') && canTransition('in_progress', s))),
  );
}

function actorLabel(actor: string, t: Texts): string {
  if (actor === 'resident') return t.resident;
  if (actor === 'system') return t.system;
  return actor;
}

function actions(t: Texts, v: TicketView): Html {
  const k = v.detail.ticket;
  const base = `/dashboard/tickets/${k.id}`;
  const csrf = html`<input type="hidden" name="_csrf" value="${v.csrfToken}" />`;
  const claim =
    isOpen(k.status) && !k.assigneeId
      ? html`<form method="post" action="${base}/claim" class="inline">
          ${csrf}<button type="submit" class="primary" name="claim">${t.claim}</button>
        </form>`
      : '';
  const lead = v.account.role !== 'commissioner' && isOpen(k.status);
  const sla = isOpen(k.status)
    ? html`<form method="post" action="${base}/${k.slaPausedAt ? 'sla-resume' : 'sla-pause'}" class="inline">
        ${csrf}<button type="submit" name="sla">${k.slaPausedAt ? t.resumeSla : t.pauseSla}</button>
      </form>`
    : '';
  return html`<div class="actions">
    ${claim} ${sla}
    <form method="post" action="${base}/status" class="inline">
      ${csrf}
      <label
        >${t.setStatus}<select name="status">
          ${reachable(k.status).map((s) => html`<option value="${s}">${t.statuses[s]}</option>`)}
        </select></label
      >
      <input name="note" maxlength="2000" placeholder="${t.note}" aria-label="${t.note}" />
      <button type="submit" name="set-status">${t.save}</button>
    </form>
    <form method="post" action="${base}/notes" class="inline">
      ${csrf}
      <input name="note" required maxlength="2000" placeholder="${t.note}" aria-label="${t.note}" />
      <button type="submit" name="add-note">${t.addNote}</button>
    </form>
    ${
      lead
        ? html`<form method="post" action="${base}/reassign" class="inline">
            ${csrf}
            <label
              >${t.toCommunity}<select name="communityId">
                ${v.communities.map(
                  (c) =>
                    html`<option value="${c.id}" ${c.id === k.communityId ? html` selected` : ''}>${c.name}</option>`,
                )}
              </select></label
            >
            <label class="check"><input type="checkbox" name="unassign" value="true" /> ${t.backToQueue}</label>
            <button type="submit" name="reassign">${t.reassign}</button>
          </form>`
        : ''
    }
  </div>`;
}
