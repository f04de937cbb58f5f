// @vitest-environment jsdom
/// <reference lib="dom" />
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/index';
import { ok, profile, tempService } from '../helpers';

/** A certificate learner: every course of the chosen track counts toward it, and each export must say so. */
function certificateGoal() {
  const t = tempService();
  const created = ok(t.service.call('createGoal', { profile: profile({ wantsCertificate: true, budget: 'any' }) }));
  const plan = ok(t.service.call('getPlan', { goalId: created.goal.id }));
  const exported = (format: 'md' | 'csv' | 'ics' | 'html') => ok(t.service.call('exportGoal', { goalId: created.goal.id, format })).content;
  return { plan, exported };
}

/** The track each course belongs to, read from the catalog rather than from the plan. */
const trackTitle = (resourceId: string) => {
  const parent = CATALOG.find((r) => r.id === CATALOG.find((c) => c.id === resourceId)?.parentId);
  return parent && (parent.kind === 'certificate' || parent.kind === 'specialization') ? parent.title : null;
};

describe('every export says why each item is in the plan', () => {
  const { plan, exported } = certificateGoal();
  const tracked = plan.items.filter((i) => trackTitle(i.resourceId));

  it('has track courses to check against', () => {
    expect(tracked.length).toBeGreaterThan(1);
    for (const it of plan.items) expect(it.reason.trim().length, it.resourceId).toBeGreaterThan(0);
  });

  it('CSV: a reason and a counts_toward column per row', () => {
    const rows = parseCsv(exported('csv'), { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(rows.map((r) => r.reason)).toEqual(plan.items.map((i) => i.reason));
    expect(rows.map((r) => r.counts_toward)).toEqual(plan.items.map((i) => trackTitle(i.resourceId) ?? ''));
  });

  it('Markdown: a "Why" line under each item naming what it counts toward', () => {
    const md = new MarkdownIt();
    const text = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
    const whys = text(md.render(exported('md')))
      .split('\n')
      .filter((l) => l.startsWith('Why: '));
    expect(whys).toEqual(plan.items.map((i) => `Why: ${i.reason}${trackTitle(i.resourceId) ? ` · counts toward ${trackTitle(i.resourceId)}` : ''}`));
  });

  it('HTML: a "why" paragraph per item', () => {
    const doc = new DOMParser().parseFromString(exported('html'), 'text/html');
    const whys = Array.from(doc.querySelectorAll('li p.why'), (p) => p.textContent);
    expect(whys).toEqual(plan.items.map((i) => `Why: ${i.reason}${trackTitle(i.resourceId) ? ` · counts toward ${trackTitle(i.resourceId)}` : ''}`));
  });

  it('iCalendar: the reason in each event description', () => {
    const events = new ICAL.Component(ICAL.parse(exported('ics'))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const scheduled = plan.items.filter((i) => i.status !== 'skipped');
    expect(events.map((e) => e.description.split('\n').find((l) => l.startsWith('Why: ')))).toEqual(
      scheduled.map((i) => `Why: ${i.reason}${trackTitle(i.resourceId) ? ` · counts toward ${trackTitle(i.resourceId)}` : ''}`),
    );
  });
});
