import { FRAMEWORK_LABEL } from '../../../shared/profile';
import type { ExportBundle } from './gather';
import { byWeek, hoursText, STATUS_TEXT, weekEnd, weekStart } from './text';

/**
 * Escapes text for Markdown: every ASCII punctuation character is backslash-escaped (CommonMark
 * allows it for all of them), so a title can never become a heading, link, emphasis, list, table or
 * HTML. Line breaks are folded to spaces so text stays inside its list item.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}

/** A link destination in angle brackets, with the few characters that could end it encoded. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s\\]/g, (c) => encodeURIComponent(c))}>`;
}

export function toMarkdown({ plan }: ExportBundle, summary: string | null): string {
  const g = plan.goal;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(g.title)}`, '');
  // Dates, numbers and the app's own words are plain text already; only catalog and learner text is escaped.
  out.push(
    `${FRAMEWORK_LABEL[g.framework]} · ${g.hoursPerWeek} h a week from ${g.startDate}` +
      (g.targetDate ? ` · target ${g.targetDate}` : '') +
      ` · projected finish ${plan.finishDate}`,
    '',
  );
  if (summary) out.push(`> Recommendation: ${escapeMarkdown(summary)}`, '');
  const titles = new Map(plan.items.map((i) => [i.resourceId, i.title]));
  const done = plan.items.filter((i) => i.status === 'done').length;
  const active = plan.items.filter((i) => i.status !== 'skipped').length;
  out.push(`Progress: ${done} of ${active} items done\\. Hours marked \\* are estimates\\.`, '');
  for (const { week, items } of byWeek(plan.items)) {
    out.push(`## Week ${week}: ${weekStart(plan, week)} to ${weekEnd(plan, week)}`, '');
    for (const it of items) {
      const box = it.status === 'done' ? '[x]' : '[ ]';
      const meta = [it.kind, escapeMarkdown(it.provider), `${hoursText(it.hours)}${it.hoursEstimated ? '\\*' : ''}`, STATUS_TEXT[it.status]].join(' · ');
      out.push(`- ${box} [${escapeMarkdown(it.title)}](${destination(it.url)}) — ${meta}`);
      out.push(`  - Why: ${escapeMarkdown(it.reason)}${it.partOf ? ` · counts toward ${escapeMarkdown(it.partOf.title)}` : ''}`);
      if (it.prerequisites.length) out.push(`  - After: ${it.prerequisites.map((p) => escapeMarkdown(titles.get(p) ?? p)).join(', ')}`);
      if (it.minutesLogged > 0) out.push(`  - Logged: ${hoursText(it.minutesLogged / 60)}`);
      if (it.notes.trim()) out.push(`  - Notes: ${escapeMarkdown(it.notes)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
