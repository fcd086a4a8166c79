/**
 * The SLA countdown: the target running now, green while more than a third of its time is left,
 * amber under that, red once it has passed. The server renders it; dashboard.js keeps it ticking
 * with the server's clock (data-now), not the browser's.
 */
import { html, type Html } from '../html';
import type { StaffTicket } from '../../conversation/staff.port';
import { nextDue } from '../ticket-json';
import type { Texts } from '../texts';

export type SlaState = 'ok' | 'amber' | 'red';

export function slaState(start: Date, due: Date, now: Date): SlaState {
  const left = due.getTime() - now.getTime();
  if (left < 0) return 'red';
  return left < (due.getTime() - start.getTime()) / 3 ? 'amber' : 'ok';
}

/** "25分钟", "1小时5分" / "25 min", "1 h 5 min": the same rule as dashboard.js. */
export function countdownLabel(ms: number, words: Texts['countdown']): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const d = (h ? words.hours : words.minutes).replace('{h}', String(h)).replace('{m}', String(minutes % 60));
  return (ms < 0 ? words.over : words.left).replace('{d}', d);
}

export function slaBadge(t: StaffTicket, now: Date, texts: Texts): Html {
  const due = nextDue(t);
  if (!due) return html`<span class="sla done">—</span>`;
  if (t.slaPausedAt) return html`<span class="sla paused">${texts.paused}</span>`;
  const state = slaState(t.createdAt, due, now);
  const left = due.getTime() - now.getTime();
  const label = countdownLabel(left, texts.countdown);
  return html`<span class="sla sla-${state}" data-due="${due.toISOString()}" data-start="${t.createdAt.toISOString()}"
    >${label}</span
  >`;
}
