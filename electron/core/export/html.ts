import { FRAMEWORK_LABEL } from '../../../shared/profile';
import type { ExportBundle } from './gather';
import { byWeek, hoursText, STATUS_TEXT, weekEnd, weekStart } from './text';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A print-styled page of the plan: the source of the PDF, and an export of its own. No script at all. */
export function toHtml({ plan }: ExportBundle, summary: string | null): string {
  const g = plan.goal;
  const e = escapeHtml;
  const weeks = byWeek(plan.items)
    .map(
      ({ week, items }) => `
    <section class="week">
      <h2>Week ${week} <small>${e(weekStart(plan, week))} – ${e(weekEnd(plan, week))}</small></h2>
      <ol class="items">${items
        .map(
          (it) => `
        <li class="${e(it.status)}">
          <p class="title">${it.status === 'done' ? '☑' : '☐'} <strong>${e(it.title)}</strong></p>
          <p class="meta">${e(STATUS_TEXT[it.status])} · ${e(it.kind)} · ${e(it.provider)} · ${e(hoursText(it.hours))}${it.hoursEstimated ? '*' : ''}</p>
          <p class="why">Why: ${e(it.reason)}${it.partOf ? ` · counts toward ${e(it.partOf.title)}` : ''}</p>
          <p class="url">${e(it.url)}</p>${
            it.notes
              ? `
          <p class="notes">${e(it.notes)}</p>`
              : ''
          }
        </li>`,
        )
        .join('')}
      </ol>
    </section>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${e(g.title)} — Pathwise plan</title>
<style>
  body { font: 11pt/1.45 system-ui, sans-serif; color: #111; margin: 2rem; }
  h1 { font-size: 20pt; margin: 0 0 .3rem; }
  h2 { font-size: 12pt; margin: 1.2rem 0 .4rem; border-bottom: 1px solid #999; }
  h2 small { font-weight: normal; color: #555; }
  ol.items { list-style: none; padding: 0; margin: 0; }
  ol.items li { padding: .35rem 0; border-bottom: 1px solid #ddd; break-inside: avoid; }
  ol.items p { margin: 0; }
  .meta, .why, .url, .notes { color: #444; font-size: 9pt; }
  .url { word-break: break-all; }
  .notes { white-space: pre-wrap; }
  li.done .title { color: #555; }
  .summary { border-left: 4px solid #4338ca; padding: .3rem .8rem; background: #f3f4ff; }
  @page { margin: 1.5cm; }
  @media print { body { margin: 0; } section.week { break-inside: avoid-page; } }
</style>
</head>
<body>
<h1>${e(g.title)}</h1>
<p>${e(FRAMEWORK_LABEL[g.framework])} · ${e(`${g.hoursPerWeek} h a week from ${g.startDate}`)}${g.targetDate ? ` · target ${e(g.targetDate)}` : ''} · projected finish ${e(plan.finishDate)}</p>
${summary ? `<p class="summary">${e(summary)}</p>` : ''}
<p class="muted">Hours marked * are estimates.</p>
${weeks}
</body>
</html>
`;
}
