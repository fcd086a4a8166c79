/**
 * The key-people pages: the community board (who is due, overdue, unreachable), the notice's compliance
 * figure per week as a server-drawn SVG chart with its table, a person with their contact history and
 * audit trail, and the form to add, edit or re-grade (a grade other than the rules' needs a reason).
 */
import { html, type Html } from '../html';
import type { KeyPerson } from '../../core/key-people';
import type { BoardRow, ComplianceWeek, PersonDetail, PersonInput } from '../../domains/key-people';
import type { GradingData } from '../../knowledge/key-people/grading';
import { layout, type PageFrame } from './layout.view';
import type { PageLang } from '../texts';

const T = {
  zh: {
    title: '重点人群',
    board: '各社区联系情况',
    compliance: '每周达标率（红色每周联系≥3次，黄色≥2次）',
    week: '周（起）',
    red: '红色',
    yellow: '黄色',
    green: '绿色',
    met: (met: number, n: number) => `${met}/${n}`,
    name: '姓名',
    community: '社区',
    grade: '分级',
    state: '状态',
    last: '上次联系',
    next: '下次联系',
    add: '新增人员',
    save: '保存',
    history: '联系记录',
    audit: '修改记录',
    slot: '计划时间',
    attempts: '尝试',
    answer: '回复',
    ticket: '工单',
    none: '无',
    states: {
      due: '今日待联系',
      overdue: '已逾期',
      unreachable: '联系不上',
      ok: '正常',
      opted_out: '已退订',
      none: '未安排',
    },
    infected: '感染中（红色每日联系）',
    markInfected: '标记为感染',
    markRecovered: '标记为已康复',
    gradeAuto: '按规则',
    gradeReason: '调整分级的理由',
    errors: '请修改：',
    bySource: { rule: '按规则', override: '人工调整' },
  },
  en: {
    title: 'Key people',
    board: 'Contacts by community',
    compliance: 'Weekly compliance (red reached ≥ 3 times, yellow ≥ 2)',
    week: 'Week of',
    red: 'Red',
    yellow: 'Yellow',
    green: 'Green',
    met: (met: number, n: number) => `${met}/${n}`,
    name: 'Name',
    community: 'Community',
    grade: 'Grade',
    state: 'State',
    last: 'Last contact',
    next: 'Next due',
    add: 'Add a person',
    save: 'Save',
    history: 'Contact history',
    audit: 'Changes',
    slot: 'Planned',
    attempts: 'Attempts',
    answer: 'Answer',
    ticket: 'Ticket',
    none: 'none',
    states: {
      due: 'due today',
      overdue: 'overdue',
      unreachable: 'unreachable',
      ok: 'ok',
      opted_out: 'opted out',
      none: 'not planned',
    },
    infected: 'Infected (red: contacted daily)',
    markInfected: 'Mark infected',
    markRecovered: 'Mark recovered',
    gradeAuto: 'by the rules',
    gradeReason: 'Reason for a different grade',
    errors: 'Please correct:',
    bySource: { rule: 'by the rules', override: 'set by staff' },
  },
};

const local = (d: Date | null) =>
  d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ') : '';
const pct = (met: number, n: number) => (n === 0 ? null : Math.round((met / n) * 100));

/** Bars per week, red and yellow side by side, 0–100 %; drawn on the server, no script needed. */
export function complianceChart(weeks: readonly ComplianceWeek[], lang: PageLang): Html {
  const t = T[lang];
  const w = 640;
  const h = 220;
  const pad = 32;
  // Room on the left for the axis labels ("100%").
  const left = 48;
  const band = (w - left - pad) / Math.max(weeks.length, 1);
  const y = (p: number) => h - pad - ((h - pad * 2) * p) / 100;
  const bars = weeks.map((wk, i) => {
    const x = left + i * band;
    const r = pct(wk.red.met, wk.red.people);
    const yl = pct(wk.yellow.met, wk.yellow.people);
    const bar = (value: number | null, dx: number, cls: string, label: string) =>
      value === null
        ? ''
        : html`<rect
            class="${cls}"
            x="${(x + dx).toFixed(1)}"
            y="${y(value).toFixed(1)}"
            width="${(band / 3).toFixed(1)}"
            height="${(h - pad - y(value)).toFixed(1)}"
            ><title>${label} ${value}%</title></rect
          >`;
    return html`${bar(r, band / 8, 'bar-red', t.red)}${bar(yl, band / 8 + band / 3, 'bar-yellow', t.yellow)}
      <text x="${(x + band / 2).toFixed(1)}" y="${h - pad + 14}" text-anchor="middle" class="axis"
        >${local(wk.weekStart).slice(5, 10)}</text
      >`;
  });
  const grid = [0, 50, 100].map(
    (p) =>
      html`<line x1="${left}" x2="${w - pad}" y1="${y(p)}" y2="${y(p)}" class="grid" /><text
          x="${left - 6}"
          y="${y(p) + 4}"
          text-anchor="end"
          class="axis"
          >${p}%</text
        >`,
  );
  return html`<svg id="compliance-chart" role="img" aria-label="${t.compliance}" viewBox="0 0 ${w} ${h}" width="100%">
    ${grid}${bars}
  </svg>`;
}

export function keyPeoplePage(
  frame: PageFrame,
  board: readonly BoardRow[],
  weeks: readonly ComplianceWeek[],
  names: (id: string) => string,
): string {
  const t = T[frame.lang];
  const order = { overdue: 0, unreachable: 1, due: 2, opted_out: 3, ok: 4, none: 5 };
  const rows = [...board].sort((a, b) => a.communityId.localeCompare(b.communityId) || order[a.state] - order[b.state]);
  const current = weeks[weeks.length - 1];
  return layout(
    { ...frame, styles: ['key-people.css'] },
    html`<h1>
        ${t.title} <small><a href="/dashboard/key-people/new">${t.add}</a></small>
      </h1>
      <section class="card" id="compliance">
        <h2>${t.compliance}</h2>
        ${
          current
            ? html`<p class="figure">
                ${t.red} <strong id="red-met">${t.met(current.red.met, current.red.people)}</strong> · ${t.yellow}
                <strong id="yellow-met">${t.met(current.yellow.met, current.yellow.people)}</strong>
              </p>`
            : ''
        }
        ${complianceChart(weeks, frame.lang)}
        <table class="figures">
          <thead>
            <tr>
              <th>${t.week}</th>
              <th>${t.red}</th>
              <th>${t.yellow}</th>
            </tr>
          </thead>
          <tbody>
            ${weeks.map(
              (wk) =>
                html`<tr>
                  <td>${local(wk.weekStart).slice(0, 10)}</td>
                  <td>${t.met(wk.red.met, wk.red.people)} ${pct(wk.red.met, wk.red.people) ?? '–'}%</td>
                  <td>${t.met(wk.yellow.met, wk.yellow.people)} ${pct(wk.yellow.met, wk.yellow.people) ?? '–'}%</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      <section class="card">
        <h2>${t.board}</h2>
        <table class="queue" id="key-people">
          <thead>
            <tr>
              <th>${t.community}</th>
              <th>${t.name}</th>
              <th>${t.grade}</th>
              <th>${t.state}</th>
              <th>${t.last}</th>
              <th>${t.next}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (p) =>
                html`<tr class="state-${p.state}">
                  <td>${names(p.communityId)}</td>
                  <td><a href="/dashboard/key-people/${p.id}">${p.name}</a></td>
                  <td><span class="grade grade-${p.grade}">${t[p.grade]}</span>${p.infected ? ' ⚠' : ''}</td>
                  <td>${t.states[p.state]}</td>
                  <td>${local(p.lastContactAt)}</td>
                  <td>${local(p.nextDueAt)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>`,
  ).value;
}

export function personForm(
  frame: PageFrame,
  action: string,
  input: PersonInput,
  grading: GradingData,
  communities: readonly { id: string; name: string }[],
  errors: readonly string[] = [],
  person?: KeyPerson,
): Html {
  const t = T[frame.lang];
  const field = (name: keyof PersonInput, label: string, type = 'text') =>
    html`<label>${label} <input name="${name}" type="${type}" value="${input[name] ?? ''}" /></label>`;
  return html`<form method="post" action="${action}" class="card person-form">
    <input type="hidden" name="_csrf" value="${frame.session?.csrfToken ?? ''}" />
    ${
      errors.length
        ? html`<div class="errors" role="alert">
            ${t.errors}
            <ul>
              ${errors.map((e) => html`<li>${e}</li>`)}
            </ul>
          </div>`
        : ''
    }
    ${field('name', t.name)} ${field('phone', 'phone (E.164)', 'tel')}
    <label
      >${t.community}
      <select name="community">
        ${communities.map((c) => html`<option value="${c.id}" ${input.community === c.id ? 'selected' : ''}>${c.name}</option>`)}
      </select>
    </label>
    ${field('age', 'age', 'number')}
    <label
      >conditions
      <input
        name="conditions"
        value="${input.conditions ?? ''}"
        placeholder="${grading.conditions.map((c) => c.id).join(';')}"
    /></label>
    ${field('disease_unstable', 'disease_unstable (yes/no)')} ${field('vaccinated', 'vaccinated (yes/no)')}
    ${field('pregnant', 'pregnant (yes/no)')} ${field('lives_alone', 'lives_alone (yes/no)')}
    <label
      >channel
      <select name="channel">
        ${['sms', 'voice'].map((c) => html`<option value="${c}" ${input.channel === c ? 'selected' : ''}>${c}</option>`)}
      </select></label
    >
    ${field('contact_times', 'contact_times (HH:MM;HH:MM)')} ${field('opted_out', 'opted_out (yes/no)')}
    ${field('family_phone', 'family_phone', 'tel')} ${field('family_name', 'family_name')}
    <label
      >${t.grade}
      <select name="grade">
        <option value="auto">
          ${t.gradeAuto}${person ? ` (${t[person.grade]}, ${t.bySource[person.gradeSource]})` : ''}
        </option>
        ${(['red', 'yellow', 'green'] as const).map((g) => html`<option value="${g}" ${input.grade === g ? 'selected' : ''}>${t[g]}</option>`)}
      </select></label
    >
    ${field('grade_reason', t.gradeReason)}
    <label>notes <textarea name="notes">${input.notes ?? ''}</textarea></label>
    <button type="submit">${t.save}</button>
  </form>`;
}

export function newPersonPage(frame: PageFrame, form: Html): string {
  return layout(
    { ...frame, styles: ['key-people.css'] },
    html`<h1>${T[frame.lang].add}</h1>
      ${form}`,
  ).value;
}

export function personPage(frame: PageFrame, detail: PersonDetail, form: Html): string {
  const t = T[frame.lang];
  const p = detail.person;
  return layout(
    { ...frame, styles: ['key-people.css'] },
    html`<h1>${p.name} <span class="grade grade-${p.grade}">${t[p.grade]}</span></h1>
      <p>
        ${t.bySource[p.gradeSource]}: ${p.gradeReason} ·
        <a href="tel:${p.phone}">${p.phone}</a
        >${p.familyPhone ? html` · ${p.familyName ?? ''} <a href="tel:${p.familyPhone}">${p.familyPhone}</a>` : ''}
      </p>
      <form method="post" action="/dashboard/key-people/${p.id}/infected" class="inline">
        <input type="hidden" name="_csrf" value="${frame.session?.csrfToken ?? ''}" />
        <input type="hidden" name="infected" value="${p.infected ? 'false' : 'true'}" />
        ${p.infected ? html`<strong>${t.infected}</strong> ` : ''}
        <button type="submit">${p.infected ? t.markRecovered : t.markInfected}</button>
      </form>
      <section class="card">
        <h2>${t.history}</h2>
        <table class="queue" id="history">
          <thead>
            <tr>
              <th>${t.slot}</th>
              <th>${t.state}</th>
              <th>${t.attempts}</th>
              <th>${t.answer}</th>
              <th>${t.ticket}</th>
            </tr>
          </thead>
          <tbody>
            ${detail.history.map(
              (c) =>
                html`<tr>
                  <td>${local(c.slot)} (${c.kind})</td>
                  <td>${c.status}${c.outcome ? ` · ${c.outcome}` : ''}</td>
                  <td>${c.attemptRows.map((a) => `${local(a.at).slice(11)} ${a.channel} ${a.outcome}`).join(', ')}</td>
                  <td>${c.answer ?? ''}</td>
                  <td>${c.ticketId ? html`<a href="/dashboard/tickets/${c.ticketId}">${c.ticketId}</a>` : ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>
      ${form}
      <section class="card">
        <h2>${t.audit}</h2>
        <ul class="audit">
          ${detail.events.map((e) => html`<li>${local(e.at)} ${e.actor} ${e.kind}: ${Object.keys(e.changes).join(', ')}${e.note ? ` — ${e.note}` : ''}</li>`)}
        </ul>
      </section>`,
  ).value;
}
