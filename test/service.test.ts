import { describe, expect, it } from 'vitest';
import { contract, METHODS, type Method } from '../shared/contract/contract';
import { CATALOG } from '../shared/catalog/index';
import { syncCatalog } from '../electron/core/store/catalog-sync';
import { ok, profile, snapshot, tempService } from './helpers';

function withGoal(p = profile()) {
  const t = tempService();
  const plan = ok(t.service.call('createGoal', { profile: p }));
  return { ...t, plan, goalId: plan.goal.id };
}

describe('service: bad input is refused as data and changes nothing', () => {
  const { service, db, plan, goalId } = withGoal(profile({ pythonLevel: 'none' }));
  const itemId = plan.items[0]!.id;
  const custom = ok(service.call('addCustomResource', { title: 'My notes', url: 'https://example.com/n', hours: 2 }));

  const bad: [Method, unknown, string, RegExp][] = [
    ['recommend', {}, 'invalid_input', /profile: is required/],
    ['recommend', { profile: { ...profile(), hoursPerWeek: 61 } }, 'invalid_input', /profile\.hoursPerWeek: must be at most 60/],
    ['recommend', { profile: { ...profile(), hoursPerWeek: 0 } }, 'invalid_input', /hoursPerWeek: must be at least 1/],
    ['recommend', { profile: { ...profile(), domains: [] } }, 'invalid_input', /profile\.domains: choose at least one domain/],
    ['recommend', { profile: { ...profile(), domains: ['vision', 'vision'] } }, 'invalid_input', /profile\.domains: must not repeat/],
    ['recommend', { profile: { ...profile(), purpose: 'fun' } }, 'invalid_input', /profile\.purpose/],
    ['recommend', { profile: { ...profile(), extra: 1 } }, 'invalid_input', /unknown field "extra"/],
    ['recommend', { profile: { ...profile(), startDate: '2026-02-30' } }, 'invalid_input', /startDate: is not a real calendar date/],
    ['recommend', { profile: { ...profile(), startDate: '2027-01-01', targetDate: '2026-01-01' } }, 'invalid_input', /targetDate must come after startDate/],
    ['recommend', 'not an object', 'invalid_input', /expected object/i],
    ['createGoal', { profile: profile(), framework: 'jax' }, 'invalid_input', /framework/],
    ['createGoal', { profile: profile(), title: '' }, 'invalid_input', /title: must not be empty/],
    ['createGoal', { profile: profile(), title: 'x'.repeat(201) }, 'invalid_input', /title: must be at most 200/],
    ['createGoal', { profile: profile(), title: 'bad\u001b[31mred' }, 'invalid_input', /title: must not contain control characters/],
    ['createGoal', { profile: profile(), __proto__: { polluted: true } }, 'invalid_input', /./],
    ['previewPlan', { profile: profile({ hoursPerWeek: 0 }) }, 'invalid_input', /hoursPerWeek: must be at least 1 hour a week/],
    ['previewPlan', { profile: profile(), framework: 'jax' }, 'invalid_input', /framework/],
    ['getGoal', { goalId: 999 }, 'not_found', /goalId: no goal with id 999/],
    ['getGoal', { goalId: -1 }, 'invalid_input', /goalId: must be a positive goal id/],
    ['getGoal', { goalId: 1.5 }, 'invalid_input', /goalId: must be a whole number/],
    ['getGoal', { goalId: '1' }, 'invalid_input', /goalId/],
    ['updateGoal', { goalId, title: ' ' }, 'invalid_input', /title: must not be empty/],
    ['updateGoal', { goalId: 999, title: 'x' }, 'not_found', /no goal with id 999/],
    ['updateGoal', { goalId, framework: 'keras' }, 'invalid_input', /framework/],
    ['archiveGoal', { goalId: 999 }, 'not_found', /no goal/],
    ['deleteGoal', { goalId: 999 }, 'not_found', /no goal/],
    ['getPlan', { goalId: 0 }, 'invalid_input', /goalId/],
    ['getPlanLean', { goalId: 999 }, 'not_found', /goalId: no goal with id 999/],
    ['getPlanLean', { goalId, firstItems: 0 }, 'invalid_input', /firstItems: must be at least 1/],
    ['getPlanLean', { goalId, firstItems: 100_001 }, 'invalid_input', /firstItems: must be at most 100,000/],
    ['getPlanLean', { goalId, firstItems: 2.5 }, 'invalid_input', /firstItems/],
    ['getPlanLean', { goalId, firstItems: '200' }, 'invalid_input', /firstItems/],
    ['reorderPlan', { goalId, itemIds: [itemId] }, 'invalid_input', /must list every item/],
    ['reorderPlan', { goalId, itemIds: [...plan.items.map((i) => i.id), itemId] }, 'invalid_input', /listed twice/],
    ['reorderPlan', { goalId, itemIds: [...plan.items.map((i) => i.id).slice(1), 99999] }, 'invalid_input', /item 99999 is not in goal/],
    ['reorderPlan', { goalId, itemIds: [...plan.items.map((i) => i.id)].reverse() }, 'conflict', /cannot come before its prerequisite/],
    ['addToPlan', { goalId, resourceId: 'no-such-thing' }, 'not_found', /no resource with id "no-such-thing"/],
    ['addToPlan', { goalId, resourceId: 'Bad Id!' }, 'invalid_input', /resourceId: must be a resource id/],
    ['addToPlan', { goalId, resourceId: 'torchtext' }, 'unavailable', /TorchText.*deprecated.*hf-llm-course/],
    ['addToPlan', { goalId, resourceId: 'tf-developer-certificate' }, 'unavailable', /discontinued.*tf-professional-certificate/],
    ['addToPlan', { goalId, resourceId: plan.items[0]!.resourceId }, 'conflict', /already in this plan/],
    ['addToPlan', { goalId: 999, resourceId: 'onnx' }, 'not_found', /no goal/],
    ['getPlanLean', { goalId: 999 }, 'not_found', /no goal with id 999/],
    ['itemAlternatives', { itemId: 999999 }, 'not_found', /no plan item with id 999999/],
    ['itemAlternatives', { itemId: 'one' }, 'invalid_input', /itemId/],
    ['swapPlanItem', { itemId: 999999, resourceId: 'onnx' }, 'not_found', /no plan item with id 999999/],
    ['swapPlanItem', { itemId, resourceId: 'Bad Id!' }, 'invalid_input', /resourceId: must be a resource id/],
    ['swapPlanItem', { itemId, resourceId: 'no-such-thing' }, 'not_found', /no resource with id "no-such-thing"/],
    ['setItemStatus', { itemId, status: 'finished' }, 'invalid_input', /status/],
    ['setItemStatus', { itemId: 999999, status: 'done' }, 'not_found', /no plan item with id 999999/],
    ['reopenItem', { itemId }, 'conflict', /not done, so there is nothing to untick/],
    ['reopenItem', { itemId: 999999 }, 'not_found', /no plan item with id 999999/],
    ['removeItem', { itemId: 999999 }, 'not_found', /no plan item with id 999999/],
    ['listTimeEntries', { goalId: 999 }, 'not_found', /no goal/],
    ['editTimeEntry', { entryId: 999999, minutes: 5 }, 'not_found', /no log entry with id 999999/],
    ['editTimeEntry', { entryId: 1, minutes: 1441 }, 'invalid_input', /minutes: must be at most 1440/],
    ['deleteTimeEntry', { entryId: 0 }, 'invalid_input', /entryId: must be a positive entry id/],
    ['setItemNotes', { itemId, notes: 'x'.repeat(20_001) }, 'invalid_input', /notes: must be at most 20,000/],
    ['logTime', { itemId, minutes: 0 }, 'invalid_input', /minutes: must be at least 1 minute/],
    ['logTime', { itemId, minutes: 1441 }, 'invalid_input', /at most 1440/],
    ['logTime', { itemId, minutes: 2.5 }, 'invalid_input', /whole minutes/],
    ['logTime', { itemId, minutes: Number.NaN }, 'invalid_input', /minutes/],
    ['logTime', { itemId, minutes: 10, day: '2099-01-01' }, 'invalid_input', /day: 2099-01-01 is in the future/],
    ['logTime', { itemId: 999999, minutes: 10 }, 'not_found', /no plan item/],
    ['listLog', { goalId: 999 }, 'not_found', /no goal/],
    ['getResource', { resourceId: 'nope' }, 'not_found', /no resource/],
    ['addCustomResource', { title: 'x', url: 'javascript:alert(1)', hours: 1 }, 'invalid_input', /url: must be an http\(s\) URL/],
    ['addCustomResource', { title: 'x', url: 'file:///etc/passwd', hours: 1 }, 'invalid_input', /url/],
    ['addCustomResource', { title: 'x', url: 'https://example.com', hours: -1 }, 'invalid_input', /hours: must be more than 0/],
    [
      'addCustomResource',
      { title: 'x', url: 'https://example.com', hours: 1, prerequisites: ['ghost'] },
      'not_found',
      /prerequisites\.0: no resource with id "ghost"/,
    ],
    ['addCustomResource', { title: 'x', url: 'https://example.com', hours: 1, kind: 'certificate' }, 'invalid_input', /kind/],
    ['addOwnResource', { goalId: 999, resource: { title: 'x', url: 'https://example.com/x', hours: 1 } }, 'not_found', /no goal/],
    ['addOwnResource', { goalId, resource: { title: 'x', url: 'http://example.com/x', hours: 1 } }, 'invalid_input', /resource\.url: must start with https/],
    ['editCustomResource', { resourceId: 'onnx', patch: { title: 'Mine now' } }, 'conflict', /shipped catalog and cannot be edited/],
    ['editCustomResource', { resourceId: custom.id, patch: { prerequisites: [custom.id] } }, 'conflict', /own prerequisite/],
    ['progressSummary', { goalId: 999 }, 'not_found', /no goal/],
    ['thisWeek', { goalId: 999 }, 'not_found', /no goal/],
    ['exportGoal', { goalId, format: 'docx' }, 'invalid_input', /format/],
    ['exportGoal', { goalId: 999, format: 'md' }, 'not_found', /no goal/],
    ['importGoal', { content: '{"format":"pathwise-goal"' }, 'invalid_input', /not valid JSON/],
    ['importGoal', { content: 42 }, 'invalid_input', /content/],
    ['listBackups', { extra: true }, 'invalid_input', /unknown field "extra"/],
    ['createBackup', {}, 'unavailable', /Backups need the data folder/],
    ['noSuchMethod' as Method, {}, 'invalid_input', /unknown method "noSuchMethod"/],
    ['getRhythm', { x: 1 }, 'invalid_input', /unknown field "x"/],
    ['setRhythm', { reminders: { days: ['mon'], time: '7pm' } }, 'invalid_input', /reminders\.time: "7pm" is not a time of day/],
    [
      'setRhythm',
      { reminders: { days: ['mon'], time: '23:00', quiet: { from: '22:00', to: '07:00' } } },
      'invalid_input',
      /reminders\.time: 23:00 falls inside your quiet hours/,
    ],
    ['setRhythm', { focus: { enabled: true, focusMinutes: 2, breakMinutes: 5 } }, 'invalid_input', /focus\.focusMinutes: must be at least 5/],
    ['setRhythm', { reviewDay: 'someday' }, 'invalid_input', /reviewDay: must be one of mon/],
    ['snoozeReminder', { minutes: 10 }, 'conflict', /Reminders are off/],
    ['reminderNotice', { x: 1 }, 'invalid_input', /unknown field "x"/],
    ['startSession', { itemId: 999999 }, 'not_found', /no plan item with id 999999/],
    ['sessionStatus', { x: 1 }, 'invalid_input', /unknown field "x"/],
    ['stopSession', {}, 'conflict', /No study session is running/],
    ['stopSession', { minutes: 0 }, 'invalid_input', /minutes: must be at least 1 minute/],
    ['cancelSession', { x: 1 }, 'invalid_input', /unknown field "x"/],
    ['dueRevisits', { on: '2026-13-01' }, 'invalid_input', /on: is not a real calendar date/],
    ['dueRevisits', { goalId: 999 }, 'not_found', /no goal/],
    ['gradeRevisit', { revisitId: 999, grade: 'good' }, 'not_found', /revisitId: no revisit with id 999/],
    ['gradeRevisit', { revisitId: 1, grade: 'perfect' }, 'invalid_input', /grade: must be one of again, hard, good, easy/],
    ['setRevisits', { goalId: 999, enabled: false }, 'not_found', /no goal/],
    ['weeklyReview', { goalId: 999 }, 'not_found', /no goal/],
    ['dismissWeeklyReview', { x: 1 }, 'invalid_input', /unknown field "x"/],
    ['reviewTime', { goalId: 999 }, 'not_found', /no goal/],
  ];

  it.each(bad)('%s refusal #%# → %s', (method, input, code, message) => {
    const before = snapshot(db);
    const r = service.call(method, input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toMatch(message);
      expect(r.error.message).not.toMatch(/\n\s+at /);
    }
    expect(snapshot(db)).toEqual(before);
  });

  it('covers every method of the contract with at least one refusal', () => {
    expect(new Set(bad.map((b) => b[0]).filter((m) => METHODS.includes(m)))).toEqual(
      new Set(METHODS.filter((m) => m !== 'listGoals' && m !== 'listResources')),
    );
    expect(service.call('listGoals', { includeArchived: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'includeArchived' } });
    expect(service.call('listResources', { includeRetired: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('rejects a custom resource whose prerequisites would make a cycle', () => {
    const a = ok(service.call('addCustomResource', { title: 'A', url: 'https://a.example', hours: 1 }));
    const b = ok(service.call('addCustomResource', { title: 'B', url: 'https://b.example', hours: 1, prerequisites: [a.id] }));
    const before = snapshot(db);
    const r = service.call('editCustomResource', { resourceId: a.id, patch: { prerequisites: [b.id] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(db)).toEqual(before);
  });
});

describe('service: what a learner does', () => {
  it('creates a goal from a profile, with the recommended framework and a valid plan view', () => {
    const { service, plan } = withGoal(profile({ purpose: 'research', domains: ['nlp'] }));
    expect(plan.goal.framework).toBe('pytorch');
    expect(plan.goal.recommendedFramework).toBe('pytorch');
    expect(plan.items.map((i) => i.resourceId)).toContain('hf-llm-course');
    expect(contract.createGoal.output.safeParse(plan).success).toBe(true);
    expect(contract.listGoals.output.safeParse(ok(service.call('listGoals', {}))).success).toBe(true);
  });

  it('honours a framework override and can go back to the recommendation', () => {
    const { service } = tempService();
    const plan = ok(service.call('createGoal', { profile: profile({ purpose: 'research' }), framework: 'tensorflow' }));
    expect(plan.goal.framework).toBe('tensorflow');
    expect(plan.items.some((i) => i.resourceId === 'tf-tutorials')).toBe(true);
    const back = ok(service.call('updateGoal', { goalId: plan.goal.id, framework: 'recommended' }));
    expect(back.goal.framework).toBe('pytorch');
    expect(back.items.filter((i) => i.framework === 'tensorflow').map((i) => i.resourceId)).toEqual([]);
  });

  it('tracks status with dates, logs time, and writes both to the append-only log', () => {
    const { service, plan, goalId, clock } = withGoal();
    const item = plan.items.find((i) => i.status === 'not-started')!;
    const log = ok(service.call('logTime', { itemId: item.id, minutes: 45, note: 'chapter 1' }));
    expect(log).toMatchObject({ minutes: 45, note: 'chapter 1', day: '2026-11-25', kind: 'time' });
    const started = ok(service.call('getPlan', { goalId })).items.find((i) => i.id === item.id)!;
    expect(started).toMatchObject({ status: 'in-progress', startedOn: '2026-11-25', minutesLogged: 45 });
    clock.advanceDays(2);
    const done = ok(service.call('setItemStatus', { itemId: item.id, status: 'done' }));
    expect(done).toMatchObject({ status: 'done', startedOn: '2026-11-25', completedOn: '2026-11-27' });
    const entries = ok(service.call('listLog', { goalId, itemId: item.id }));
    expect(entries.map((e) => [e.kind, e.fromStatus, e.toStatus])).toEqual([
      ['status', 'in-progress', 'done'],
      ['time', null, null],
      ['status', 'not-started', 'in-progress'],
    ]);
    const undone = ok(service.call('setItemStatus', { itemId: item.id, status: 'in-progress' }));
    expect(undone.completedOn).toBeNull();
  });

  it('refuses a reorder that breaks a prerequisite, naming both resources, and keeps a valid one', () => {
    const { service, plan, goalId } = withGoal(profile({ deployTargets: ['web'], teamUses: 'tensorflow' }));
    const ids = plan.items.map((i) => i.id);
    const guides = plan.items.findIndex((i) => i.resourceId === 'tf-tutorials');
    const tfjs = plan.items.findIndex((i) => i.resourceId === 'tfjs');
    const broken = [...ids];
    broken.splice(tfjs, 1);
    broken.splice(guides, 0, ids[tfjs]!);
    const r = service.call('reorderPlan', { goalId, itemIds: broken });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          '"TensorFlow.js" cannot come before its prerequisite "TensorFlow Tutorials: ML basics with Keras"; move "TensorFlow Tutorials: ML basics with Keras" earlier first.',
      },
    });

    // Exporting a model and the browser runtime are independent: either order is valid.
    const web = plan.items.findIndex((i) => i.resourceId === 'tf-saved-model');
    expect(web).toBeGreaterThan(-1);
    const valid = [...ids];
    [valid[web], valid[tfjs]] = [valid[tfjs]!, valid[web]!];
    const after = ok(service.call('reorderPlan', { goalId, itemIds: valid }));
    expect(after.items.map((i) => i.id)).toEqual(valid);
    expect(after.goal.customOrder).toBe(true);
    for (let i = 1; i < after.items.length; i++) expect(after.items[i]!.startWeek).toBeGreaterThanOrEqual(after.items[i - 1]!.startWeek);
  });

  it('adds a certificate as its courses plus missing prerequisites', () => {
    const { service, goalId } = withGoal(profile({ pythonLevel: 'fluent', mlLevel: 'experienced' }));
    const out = ok(service.call('addToPlan', { goalId, resourceId: 'deep-learning-specialization' }));
    expect(out.added).toEqual(expect.arrayContaining(['dls-neural-networks', 'dls-sequence-models']));
    expect(out.plan.items.filter((i) => i.parentId === 'deep-learning-specialization').map((i) => i.resourceId)).toEqual([
      'dls-neural-networks',
      'dls-improving-dnns',
      'dls-structuring-projects',
      'dls-cnns',
      'dls-sequence-models',
    ]);
    expect(out.plan.items.find((i) => i.resourceId === 'dls-neural-networks')!.origin).toBe('learner');
    expect(out.plan.certificates.find((c) => c.resourceId === 'deep-learning-specialization')).toMatchObject({
      coursesDone: 0,
      coursesTotal: 5,
      complete: false,
    });
  });

  it('counts a certificate done only when all its courses are done', () => {
    const { service, plan, goalId } = withGoal(profile({ wantsCertificate: true, teamUses: 'tensorflow' }));
    const courses = plan.items.filter((i) => i.parentId === 'tf-professional-certificate');
    expect(courses).toHaveLength(4);
    for (const c of courses.slice(0, 3)) ok(service.call('setItemStatus', { itemId: c.id, status: 'done' }));
    expect(ok(service.call('progressSummary', { goalId })).certificates.find((c) => c.resourceId === 'tf-professional-certificate')).toMatchObject({
      coursesDone: 3,
      complete: false,
    });
    ok(service.call('setItemStatus', { itemId: courses[3]!.id, status: 'done' }));
    expect(ok(service.call('progressSummary', { goalId })).certificates.find((c) => c.resourceId === 'tf-professional-certificate')!.complete).toBe(true);
  });

  it("re-plans on a new profile without losing progress, notes, logged time or the learner's additions", () => {
    const { service, plan, goalId } = withGoal(profile({ deployTargets: ['web'], teamUses: 'tensorflow' }));
    const tfjs = plan.items.find((i) => i.resourceId === 'tfjs')!;
    ok(service.call('setItemStatus', { itemId: tfjs.id, status: 'done' }));
    ok(service.call('setItemNotes', { itemId: tfjs.id, notes: 'great' }));
    const quick = plan.items.find((i) => i.resourceId === 'tf-quickstart')!;
    ok(service.call('logTime', { itemId: quick.id, minutes: 30 }));
    ok(service.call('addToPlan', { goalId, resourceId: 'onnx' }));
    const replanned = ok(service.call('updateGoal', { goalId, profile: profile({ deployTargets: [], hoursPerWeek: 10, teamUses: 'tensorflow' }) }));
    const kept = replanned.items.find((i) => i.resourceId === 'tfjs')!;
    expect(kept).toMatchObject({ id: tfjs.id, status: 'done', notes: 'great' });
    expect(replanned.items.find((i) => i.resourceId === 'tf-quickstart')!.minutesLogged).toBe(30);
    expect(replanned.items.some((i) => i.resourceId === 'onnx')).toBe(true);
    expect(replanned.items.some((i) => i.resourceId === 'litert-web')).toBe(false);
    expect(replanned.goal.hoursPerWeek).toBe(10);
  });

  it('summarises progress: percent by hours, logged hours per week, streak, and the projection against the target', () => {
    const { service, plan, goalId, clock } = withGoal(profile({ hoursPerWeek: 5, targetDate: '2027-02-01', pythonLevel: 'fluent', mlLevel: 'experienced' }));
    const active = plan.items.filter((i) => i.status !== 'skipped');
    const total = active.reduce((s, i) => s + i.hours, 0);
    ok(service.call('setItemStatus', { itemId: active[0]!.id, status: 'done' }));
    ok(service.call('logTime', { itemId: active[1]!.id, minutes: 60, day: '2026-11-24' }));
    ok(service.call('logTime', { itemId: active[1]!.id, minutes: 30 }));
    let s = ok(service.call('progressSummary', { goalId }));
    expect(s.percentDone).toBeCloseTo((active[0]!.hours / total) * 100, 1);
    expect(s.hoursDone).toBe(active[0]!.hours);
    expect(s.hoursPlanned).toBeCloseTo(total, 1);
    expect(s.hoursLogged).toBe(1.5);
    expect(s.streakDays).toBe(2);
    expect(s.weeks[0]).toMatchObject({ week: 1, logged: 1.5 });
    expect(s.targetDate).toBe('2027-02-01');
    expect(s.onTrack).toBe(s.projectedFinish <= '2027-02-01');
    if (!s.onTrack) expect(s.recovery!.hoursPerWeekNeeded).toBeGreaterThan(5);
    expect(contract.progressSummary.output.safeParse(s).success).toBe(true);
    clock.advanceDays(3);
    s = ok(service.call('progressSummary', { goalId }));
    expect(s.streakDays).toBe(0);
  });

  it('archives, restores and deletes goals; deletion takes the plan and log with it', () => {
    const { service, db, goalId, plan } = withGoal();
    ok(service.call('logTime', { itemId: plan.items[0]!.id, minutes: 5 }));
    expect(ok(service.call('archiveGoal', { goalId })).archived).toBe(true);
    expect(ok(service.call('listGoals', {}))).toHaveLength(0);
    expect(ok(service.call('listGoals', { includeArchived: true }))).toHaveLength(1);
    expect(ok(service.call('archiveGoal', { goalId, archived: false })).archived).toBe(false);
    expect(ok(service.call('deleteGoal', { goalId }))).toEqual({ deleted: goalId });
    expect(db.prepare('SELECT COUNT(*) FROM plan_items').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM progress_log').pluck().get()).toBe(0);
  });

  it('keeps custom resources, and plans that use them, through a catalog update', () => {
    const { service, db, goalId } = withGoal();
    const mine = ok(
      service.call('addCustomResource', {
        title: 'Fine-tuning notebook',
        url: 'https://example.com/ft',
        hours: 4,
        prerequisites: ['keras-guides'],
        framework: 'tensorflow',
      }),
    );
    expect(mine.id).toBe('custom-fine-tuning-notebook');
    const added = ok(service.call('addToPlan', { goalId, resourceId: mine.id }));
    const at = added.plan.items.findIndex((i) => i.resourceId === mine.id);
    expect(at).toBeGreaterThan(added.plan.items.findIndex((i) => i.resourceId === 'keras-guides'));
    syncCatalog(
      db,
      CATALOG.map((r) => ({ ...r, summary: r.summary + ' (updated)' })),
      'next-version',
    );
    const again = ok(service.call('getResource', { resourceId: mine.id }));
    expect(again).toMatchObject({ title: 'Fine-tuning notebook', custom: true, prerequisites: ['keras-guides'] });
    expect(db.prepare('SELECT COUNT(*) FROM plan_items WHERE resource_id = ?').pluck().get(mine.id)).toBe(1);
  });

  it('stores hostile text verbatim and returns it unchanged', () => {
    const { service, plan } = withGoal();
    const hostile = `<img src=x onerror=alert(1)> '; DROP TABLE goals; -- # **bold** [link](javascript:x) 𝔘𝔫𝔦 你好 \u202e`;
    const item = ok(service.call('setItemNotes', { itemId: plan.items[0]!.id, notes: hostile }));
    expect(item.notes).toBe(hostile);
    expect(ok(service.call('listGoals', {}))).toHaveLength(1);
  });
});
