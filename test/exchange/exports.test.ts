import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { guardCell } from '../../electron/core/export/csv';
import { escapeMarkdown } from '../../electron/core/export/markdown';
import { ok } from '../helpers';
import { HOSTILE, richGoal } from './fixtures';

const exportAs = (format: 'md' | 'csv' | 'ics' | 'json' | 'html', extra: object = {}) => {
  const g = richGoal();
  const plan = ok(g.service.call('getPlan', { goalId: g.goalId }));
  return { ...g, plan, out: ok(g.service.call('exportGoal', { goalId: g.goalId, format, ...extra })) };
};

describe('iCalendar export', () => {
  it('parses with ical.js without errors, and its events match the plan', () => {
    const { out, plan, service, goalId } = exportAs('ics', { reminders: true });
    expect(out.mimeType).toMatch(/text\/calendar/);
    const comp = new ICAL.Component(ICAL.parse(out.content));
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const scheduled = plan.items.filter((i) => i.status !== 'skipped');
    expect(events.map((e) => e.summary)).toEqual(scheduled.map((i) => i.title));
    for (const [k, e] of events.entries()) {
      const item = scheduled[k]!;
      const start = new Date(plan.goal.startDate + 'T00:00:00Z');
      start.setUTCDate(start.getUTCDate() + (item.startWeek - 1) * 7);
      expect(e.startDate.toString()).toBe(start.toISOString().slice(0, 10));
      expect(e.startDate.isDate).toBe(true);
      expect(e.uid).toBe(`${plan.goal.uid}-${item.resourceId}@pathwise`);
      expect(e.component.getAllSubcomponents('valarm')).toHaveLength(1);
    }
    // A second export keeps the same UIDs, so calendars update rather than duplicate.
    const again = ok(service.call('exportGoal', { goalId, format: 'ics' }));
    const uids = (s: string) => new ICAL.Component(ICAL.parse(s)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    expect(uids(again.content)).toEqual(uids(out.content));
  });

  it('folds lines at 75 octets with CRLF endings and escapes text', () => {
    const { out } = exportAs('ics');
    expect(out.content.includes('\n') && !/[^\r]\n/.test(out.content)).toBe(true);
    for (const line of out.content.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const unfolded = out.content.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('quote " comma \\, semicolon \\; backslash \\\\');
  });
});

describe('CSV export', () => {
  it('is RFC 4180 with one row per item, guarding formula cells and keeping numbers as numbers', () => {
    const { out, plan } = exportAs('csv');
    const rows = parseCsv(out.content, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(rows).toHaveLength(plan.items.length);
    rows.forEach((r, i) => {
      const item = plan.items[i]!;
      expect(r.resource_id).toBe(item.resourceId);
      expect(r.title).toBe(guardCell(item.title));
      expect(r.notes).toBe(guardCell(item.notes));
      expect(r.hours).toBe(String(item.hours));
      expect(Number(r.minutes_logged)).toBe(item.minutesLogged);
    });
    expect(rows.map((r) => r.notes)).toContain(`'=HYPERLINK("https://evil.example","click")`);
    expect(rows.map((r) => r.notes)).toContain("'-2-3");
    expect(rows.map((r) => r.notes)).toContain("'\tleading tab");
    for (const r of rows) for (const key of ['title', 'provider', 'url', 'notes']) expect(r[key]!).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('round-trips 1,000 random hostile strings through csv-parse, apart from the guard', async () => {
    const { stringify } = await import('csv-stringify/sync');
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: fc.constantFrom('"', ',', '\r', '\n', '=', '+', '-', '@', '\t', ';', 'a', '🚀', '你'), maxLength: 20 }),
      fc.constantFrom(...HOSTILE),
    );
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (cells) => {
        const text = stringify([cells.map(guardCell)], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ });
        const [row] = parseCsv(text, { record_delimiter: '\r\n', relax_column_count: true }) as string[][];
        // NUL and bidirectional controls are dropped on purpose (see the NUL/bidi test in test/reliability).
        expect(row!.map((c) => (/^'[=+\-@\t\r]/.test(c) ? c.slice(1) : c))).toEqual(cells.map((c) => c.replace(/[\u0000\u202a-\u202e\u2066-\u2069]/g, '')));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('Markdown export', () => {
  const md = new MarkdownIt();
  it('renders hostile titles and notes as plain text: no heading, link, emphasis or HTML from them', () => {
    const { out, plan } = exportAs('md');
    const tokens = md.parse(out.content, {});
    const inline = tokens.flatMap((t) => t.children ?? []);
    const headings = tokens.filter((t) => t.type === 'heading_open');
    const weeks = new Set(plan.items.map((i) => i.startWeek)).size;
    expect(headings.map((h) => h.tag)).toEqual(['h1', ...Array(weeks).fill('h2')]);
    const links = inline.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
    expect(links).toEqual(plan.items.map((i) => md.normalizeLink(i.url)));
    expect(inline.filter((t) => ['em_open', 'strong_open', 's_open', 'code_inline', 'html_inline'].includes(t.type)).map((t) => t.type)).toEqual([]);
    expect(tokens.some((t) => t.type === 'html_block' || t.type === 'table_open')).toBe(false);
    // The one blockquote is the recommendation line the export writes itself.
    expect(tokens.filter((t) => t.type === 'blockquote_open')).toHaveLength(1);
    expect(inline.some((t) => t.type === 'html_inline')).toBe(false);
    const html = md.render(out.content);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('**bold** _em_');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes any string so that it renders as exactly that text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), (s) => {
        const rendered = md.renderInline(escapeMarkdown(s));
        const expected = md.utils.escapeHtml(s.replace(/[\r\n]+/g, ' '));
        expect(rendered).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('carries the recommendation summary, statuses, hours and notes', () => {
    const { out, plan, service } = exportAs('md');
    // The line names the framework the recommender picks for this goal's answers, with its confidence.
    const rec = ok(service.call('recommend', { profile: plan.goal.profile }));
    const line = out.content.split('\n').find((l) => l.startsWith('> Recommendation: '))!;
    expect(line).toContain(rec.framework === 'pytorch' ? 'PyTorch' : 'TensorFlow');
    expect(line).toContain(`${Math.round(rec.confidence * 100)}\\%`);
    expect(out.content).toMatch(/- \[x\] .* · Done$/m);
    expect(out.content).toContain('  - Notes: ');
  });
});

describe('iCalendar line folding', () => {
  it('keeps every line within 75 octets and unfolds to the original text', async () => {
    const { fold } = await import('../../electron/core/export/ics');
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => s.replace(/[\r\n]/g, '')),
        (s) => {
          const line = `DESCRIPTION:${s}`;
          const folded = fold(line);
          for (const l of folded.split('\r\n')) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
          expect(folded.replace(/\r\n /g, '')).toBe(line);
        },
      ),
      { numRuns: 500 },
    );
  });
});
