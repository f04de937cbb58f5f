import { describe, expect, it } from 'vitest';
import type { LogEntry, PlanView } from '../shared/contract/views';
import { ok, profile, snapshot, tempService } from './helpers';

function setup() {
  const t = tempService();
  const plan = ok(t.service.call('createGoal', { profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced' }) }));
  const active = plan.items.filter((i) => i.status !== 'skipped');
  return { ...t, plan, goalId: plan.goal.id, active };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

describe('removing an item', () => {
  it('takes it out of the plan and its totals, keeps its notes and time, and adding it back restores them', () => {
    const { service, goalId, active } = setup();
    const item = active[active.length - 1]!;
    ok(service.call('setItemNotes', { itemId: item.id, notes: 'Chapter 3 was the hard one' }));
    ok(service.call('logTime', { itemId: item.id, minutes: 50, day: '2026-11-24' }));
    const before = ok(service.call('getPlan', { goalId }));

    const after = ok(service.call('removeItem', { itemId: item.id }));
    expect(after.items.map((i) => i.id)).not.toContain(item.id);
    expect(after.totalHours).toBeCloseTo(before.totalHours - item.hours, 5);
    const listed = ok(service.call('listGoals', {}))[0]!;
    expect(listed.itemsTotal).toBe(before.items.filter((i) => i.status !== 'skipped').length - 1);
    // The time was spent: it stays in the log and in the hours logged.
    expect(ok(service.call('listTimeEntries', { goalId })).map((e) => [e.itemId, e.minutes])).toEqual([[item.id, 50]]);
    expect(ok(service.call('progressSummary', { goalId })).hoursLogged).toBe(round1(50 / 60));
    // Exports leave the removed item and its history out, rather than failing.
    expect(ok(service.call('exportGoal', { goalId, format: 'json' })).content).not.toContain(`"${item.resourceId}"`);

    const back = ok(service.call('addToPlan', { goalId, resourceId: item.resourceId }));
    const restored = back.plan.items.find((i) => i.resourceId === item.resourceId)!;
    expect(restored).toMatchObject({ id: item.id, notes: 'Chapter 3 was the hard one', minutesLogged: 50, status: 'in-progress' });
    expect(back.added).toEqual([item.resourceId]);
  });

  it('stays out when the goal is re-planned, and a second removal is refused', () => {
    const { service, db, goalId, active, plan } = setup();
    const item = active[1]!;
    ok(service.call('removeItem', { itemId: item.id }));
    const replanned = ok(service.call('updateGoal', { goalId, profile: { ...plan.goal.profile, hoursPerWeek: 9 } }));
    expect(replanned.items.map((i) => i.resourceId)).not.toContain(item.resourceId);
    const frozen = snapshot(db);
    const again = service.call('removeItem', { itemId: item.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already out of the plan/) } });
    expect(snapshot(db)).toEqual(frozen);
  });
});

describe('correcting time entries', () => {
  it('lists, edits and deletes time entries; status entries stay as they happened', () => {
    const { service, db, goalId, active } = setup();
    const [a, b] = active;
    const first = ok(service.call('logTime', { itemId: a!.id, minutes: 30, day: '2026-11-20', note: 'video 1' }));
    const twice = ok(service.call('logTime', { itemId: a!.id, minutes: 30, day: '2026-11-20' }));
    ok(service.call('logTime', { itemId: b!.id, minutes: 90, day: '2026-11-24' }));
    const entries = ok(service.call('listTimeEntries', { goalId }));
    expect(entries.map((e) => [e.day, e.minutes])).toEqual([
      ['2026-11-24', 90],
      ['2026-11-20', 30],
      ['2026-11-20', 30],
    ]);
    expect(ok(service.call('progressSummary', { goalId })).hoursLogged).toBe(round1(150 / 60));

    // The double-logged entry goes; the other is corrected to 45 minutes on the 21st.
    expect(ok(service.call('deleteTimeEntry', { entryId: twice.id }))).toMatchObject({ id: twice.id, minutes: 30 });
    const fixed = ok(service.call('editTimeEntry', { entryId: first.id, minutes: 45, day: '2026-11-21' }));
    expect(fixed).toMatchObject({ id: first.id, minutes: 45, day: '2026-11-21', note: 'video 1', itemId: a!.id });
    expect(ok(service.call('listTimeEntries', { goalId })).map((e) => [e.id, e.day, e.minutes])).toEqual([
      [expect.any(Number), '2026-11-24', 90],
      [first.id, '2026-11-21', 45],
    ]);
    const plan = ok(service.call('getPlan', { goalId })) as PlanView;
    expect(plan.items.find((i) => i.id === a!.id)!.minutesLogged).toBe(45);
    expect(ok(service.call('progressSummary', { goalId })).hoursLogged).toBe(round1(135 / 60));

    const status = (ok(service.call('listLog', { goalId, itemId: a!.id })) as LogEntry[]).find((e) => e.kind === 'status')!;
    const frozen = snapshot(db);
    for (const [input, code, message] of [
      [{ entryId: status.id, minutes: 5 }, 'conflict', /records a status change/],
      [{ entryId: first.id, day: '2026-11-27' }, 'invalid_input', /day: 2026-11-27 is in the future/],
      [{ entryId: first.id, minutes: 0 }, 'invalid_input', /minutes: must be at least 1/],
      [{ entryId: 999_999, minutes: 5 }, 'not_found', /no log entry with id 999999/],
    ] as const) {
      expect(service.call('editTimeEntry', input)).toMatchObject({ ok: false, error: { code, message: expect.stringMatching(message) } });
    }
    expect(service.call('deleteTimeEntry', { entryId: status.id })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(db)).toEqual(frozen);
  });

  it('refuses to rewrite a status entry even below the service', () => {
    const { service, db, goalId, active } = setup();
    ok(service.call('setItemStatus', { itemId: active[0]!.id, status: 'done' }));
    const status = (ok(service.call('listLog', { goalId })) as LogEntry[])[0]!;
    expect(() => db.prepare('UPDATE progress_log SET to_status = ? WHERE id = ?').run('skipped', status.id)).toThrow(/only the minutes, day and note/);
  });
});

describe('unticking', () => {
  it('returns a done item to the status it had before it was ticked', () => {
    const { service, active } = setup();
    const [started, fresh, skipped] = active;
    ok(service.call('setItemStatus', { itemId: started!.id, status: 'in-progress' }));
    ok(service.call('setItemStatus', { itemId: skipped!.id, status: 'skipped' }));
    for (const [item, before] of [
      [started!, 'in-progress'],
      [fresh!, 'not-started'],
      [skipped!, 'skipped'],
    ] as const) {
      ok(service.call('setItemStatus', { itemId: item.id, status: 'done' }));
      expect(ok(service.call('reopenItem', { itemId: item.id })).status).toBe(before);
    }
    // Ticked a second time, from another status: the latest one counts.
    ok(service.call('setItemStatus', { itemId: started!.id, status: 'skipped' }));
    ok(service.call('setItemStatus', { itemId: started!.id, status: 'done' }));
    expect(ok(service.call('reopenItem', { itemId: started!.id })).status).toBe('skipped');
    expect(service.call('reopenItem', { itemId: fresh!.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/not done/) },
    });
  });
});

describe("the learner's own resources", () => {
  it('are added to a goal in one transaction, refused twice by link, https only, and editable', () => {
    const { service, db, goalId } = setup();
    const out = ok(service.call('addOwnResource', { goalId, resource: { title: 'Study group', url: 'https://example.com/group', hours: 4 } }));
    expect(out.added).toEqual([out.resource.id]);
    expect(out.plan.items.map((i) => i.resourceId)).toContain(out.resource.id);

    const frozen = snapshot(db);
    const twice = service.call('addOwnResource', { goalId, resource: { title: 'Study group again', url: 'https://example.com/group', hours: 4 } });
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already added "Study group" with this link/) } });
    const plain = service.call('addOwnResource', { goalId, resource: { title: 'Blog', url: 'http://example.com/blog', hours: 1 } });
    expect(plain).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/resource\.url: must start with https:\/\//) } });
    // A plan that refuses it (a prerequisite on a resource that does not exist) leaves no resource behind.
    const refused = service.call('addOwnResource', { goalId: 999, resource: { title: 'Orphan', url: 'https://example.com/orphan', hours: 1 } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(snapshot(db)).toEqual(frozen);

    const edited = ok(service.call('editCustomResource', { resourceId: out.resource.id, patch: { title: 'Study group (Thursdays)', hours: 6 } }));
    expect(edited).toMatchObject({ title: 'Study group (Thursdays)', hours: 6, url: 'https://example.com/group' });
    expect(ok(service.call('getPlan', { goalId })).items.find((i) => i.resourceId === out.resource.id)).toMatchObject({
      title: 'Study group (Thursdays)',
      hours: 6,
    });
  });
});
