import { EXPORT_MIME, type ExportFormat } from '../../../shared/export/schema';
import { recommend } from '../../../shared/recommender/recommend';
import type { Context } from '../service/context';
import { toCsv } from './csv';
import { gatherExport } from './gather';
import { toHtml } from './html';
import { toIcs } from './ics';
import { toMarkdown } from './markdown';

export interface ExportResult {
  filename: string;
  mimeType: string;
  content: string;
}

function safeFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[^\w\- ]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60);
  return base || 'pathwise-plan';
}

export function exportGoal(ctx: Context, goalId: number, format: ExportFormat, options: { reminders?: boolean } = {}): ExportResult {
  const bundle = gatherExport(ctx, goalId);
  const summary = format === 'md' || format === 'html' ? recommend(bundle.plan.goal.profile).summary : null;
  const content =
    format === 'json'
      ? JSON.stringify(bundle.doc, null, 2) + '\n'
      : format === 'md'
        ? toMarkdown(bundle, summary)
        : format === 'csv'
          ? toCsv(bundle)
          : format === 'ics'
            ? toIcs(bundle, options)
            : toHtml(bundle, summary);
  return { filename: `${safeFileName(bundle.plan.goal.title)}.${format}`, mimeType: EXPORT_MIME[format], content };
}
