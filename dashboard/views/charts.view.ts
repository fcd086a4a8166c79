/**
 * The surge at a glance: tickets per day by service, open tickets by priority, SLA met, and the
 * hotline's purpose — contacts sent to 120 versus kept away from it. Each chart has its table (the
 * figures themselves, readable without a canvas); uPlot draws from the same JSON.
 */
import { html, jsonForHtml } from '../html';
import { PRIORITIES, SERVICE_CODES } from '../../core/tickets';
import type { ServiceCatalog } from '../../knowledge/services/catalog';
import type { SurgeFigures } from '../../domains/staff';
import { slaPercent } from '../ticket-json';
import { textsFor } from '../texts';
import { layout, type PageFrame } from './layout.view';
import { serviceName } from './names';

export function chartsPage(frame: PageFrame, f: SurgeFigures, days: number, catalog: ServiceCatalog): string {
  const t = textsFor(frame.lang);
  const lang = frame.lang;
  const labels = {
    services: Object.fromEntries(SERVICE_CODES.map((s) => [s, serviceName(catalog, s, lang)])),
    priorities: t.priorities,
    slaMet: t.slaMet,
    sentTo120: t.sentTo120,
    keptHome: t.keptHome,
    keptClinic: t.keptClinic,
    keptCommunity: t.keptCommunity,
  };
  const totalOpen = PRIORITIES.reduce((n, p) => n + f.openByPriority[p], 0);
  const contacts = new Map(f.contacts.map((c) => [c.day, c]));
  return layout(
    { ...frame, scripts: ['uPlot.iife.min.js', 'charts.js'], styles: ['uPlot.min.css'] },
    html`<h1>
        ${t.charts} <small>${t.lastDays(days)} · <a href="/dashboard/export.csv?days=${days}">${t.export}</a></small>
      </h1>
      <script type="application/json" id="surge-data">
        ${jsonForHtml({ figures: f, labels })}
      </script>
      <section class="card">
        <h2>${t.openByPriority}</h2>
        <table class="figures" id="open-by-priority">
          <tbody>
            ${PRIORITIES.map(
              (p) =>
                html`<tr class="p-${p}">
                  <th><span class="badge p-${p}">${t.priorities[p]}</span></th>
                  <td><progress max="${Math.max(totalOpen, 1)}" value="${f.openByPriority[p]}"></progress></td>
                  <td class="n">${f.openByPriority[p]}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section class="card">
        <h2>${t.ticketsPerDay}</h2>
        <div class="chart" id="chart-tickets"></div>
      </section>
      <section class="card">
        <h2>${t.slaMet}</h2>
        <div class="chart" id="chart-sla"></div>
      </section>
      <section class="card">
        <h2>${t.contactsPerDay} <small>${t.districtFigures}</small></h2>
        <div class="chart" id="chart-contacts"></div>
      </section>
      <section class="card">
        <table class="figures" id="figures-by-day">
          <thead>
            <tr>
              <th>${t.day}</th>
              ${SERVICE_CODES.map((s) => html`<th>${serviceName(catalog, s, lang)}</th>`)}
              <th>${t.resolved}</th>
              <th>${t.slaMet}</th>
              <th>${t.contacts}</th>
              <th>${t.sentTo120}</th>
              <th>${t.keptHome}</th>
              <th>${t.keptClinic}</th>
              <th>${t.keptCommunity}</th>
            </tr>
          </thead>
          <tbody>
            ${f.days.map((d) => {
              const c = contacts.get(d.day);
              const met = slaPercent(d.resolved, d.resolvedInTime);
              return html`<tr>
                <th>${d.day}</th>
                ${SERVICE_CODES.map((s) => html`<td class="n">${d.created[s]}</td>`)}
                <td class="n">${d.resolved}</td>
                <td class="n">${met === undefined ? '—' : `${met}%`}</td>
                <td class="n">${c?.contacts ?? 0}</td>
                <td class="n">${c?.sentTo120 ?? 0}</td>
                <td class="n">${c?.keptHome ?? 0}</td>
                <td class="n">${c?.keptClinic ?? 0}</td>
                <td class="n">${c?.keptCommunity ?? 0}</td>
              </tr>`;
            })}
          </tbody>
        </table>
      </section>`,
  ).toString();
}
