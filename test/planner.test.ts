import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import { findOrderViolation } from '../shared/planner/order';
import { buildPlan } from '../shared/planner/plan';
import { analyzeTarget } from '../shared/planner/target';
import { profile } from './helpers';

const catalog = new Map(CATALOG.map((r) => [r.id, r]));
const ids = (p: ReturnType<typeof buildPlan>) => p.items.map((i) => i.resourceId);

describe('buildPlan', () => {
  it('schedules a certificate as its courses, in their order, never the certificate itself', () => {
    const p = buildPlan({ profile: profile({ wantsCertificate: true }), framework: 'tensorflow', catalog, today: '2026-11-25' });
    const order = ids(p);
    const courses = ['tf-pc-intro', 'tf-pc-cnn', 'tf-pc-nlp', 'tf-pc-sequences'];
    expect(order).not.toContain('tf-professional-certificate');
    const positions = courses.map((c) => order.indexOf(c));
    expect(positions.every((x) => x >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('picks resources for the deployment targets and the framework', () => {
    const tf = ids(buildPlan({ profile: profile({ deployTargets: ['web', 'mobile'] }), framework: 'tensorflow', catalog, today: '2026-11-25' }));
    expect(tf).toEqual(expect.arrayContaining(['tfjs', 'litert', 'litert-web']));
    expect(tf.some((id) => id.startsWith('pytorch-'))).toBe(false);
    const pt = ids(buildPlan({ profile: profile({ deployTargets: ['mobile'] }), framework: 'pytorch', catalog, today: '2026-11-25' }));
    expect(pt).toEqual(expect.arrayContaining(['executorch', 'torch-export']));
    expect(pt).not.toContain('pytorch-mobile');
    expect(pt).not.toContain('litert');
  });

  it('plans the replacement when a learner asks for a retired resource, and says why', () => {
    const p = buildPlan({ profile: profile(), framework: 'pytorch', catalog, today: '2026-11-25', added: ['torchserve'] });
    expect(ids(p)).toContain('torch-export');
    expect(ids(p)).not.toContain('torchserve');
    expect(p.notes.find((n) => n.resourceId === 'torchserve')?.message).toMatch(/TorchServe is discontinued.*torch\.export/);
  });

  it('breaks ties by level: beginner material before intermediate when prerequisites allow', () => {
    const p = buildPlan({ profile: profile({ purpose: 'research', pythonLevel: 'fluent', mlLevel: 'experienced' }), framework: 'pytorch', catalog, today: '2026-11-25' });
    const levels = p.items.filter((i) => i.status !== 'skipped').map((i) => catalog.get(i.resourceId)!.level);
    expect(levels.indexOf('intermediate')).toBeGreaterThan(levels.lastIndexOf('beginner'));
  });

  it('stays with an earlier order where prerequisites allow (re-planning keeps the learner\'s order)', () => {
    const first = buildPlan({ profile: profile({ deployTargets: ['web'] }), framework: 'tensorflow', catalog, today: '2026-11-25' });
    const order = ids(first);
    const tfjs = order.indexOf('tfjs');
    const litertWeb = order.indexOf('litert-web');
    // Swap two independent items: the re-plan must keep the swap.
    const preferred = [...order];
    [preferred[tfjs], preferred[litertWeb]] = [preferred[litertWeb]!, preferred[tfjs]!];
    const again = buildPlan({ profile: profile({ deployTargets: ['web'] }), framework: 'tensorflow', catalog, today: '2026-11-25', preferredOrder: preferred });
    expect(ids(again)).toEqual(preferred);
  });

  it('says by how much a target is missed, what pace would meet it, and what could go', () => {
    const p = buildPlan({
      profile: profile({ hoursPerWeek: 5, startDate: '2027-01-04', targetDate: '2027-03-01', deployTargets: ['web', 'server'] }),
      framework: 'tensorflow',
      catalog,
      today: '2026-11-25',
    });
    expect(p.target).not.toBeNull();
    expect(p.target!.met).toBe(false);
    expect(p.target!.daysLate).toBeGreaterThan(0);
    const weeks = (57 + 1) / 7;
    expect(p.target!.hoursPerWeekNeeded).toBe(Math.ceil(p.totalHours / weeks));
    for (const d of p.target!.couldDrop) expect(catalog.get(d.resourceId)!.pick.core).not.toBe(true);
  });

  it('reports a target that fits as met', () => {
    const p = buildPlan({ profile: profile({ hoursPerWeek: 60, targetDate: '2027-12-31', pythonLevel: 'fluent', mlLevel: 'experienced' }), framework: 'tensorflow', catalog, today: '2026-11-25' });
    expect(p.target).toMatchObject({ met: true, daysLate: 0, couldDrop: [] });
    expect(p.finishDate <= '2027-12-31').toBe(true);
  });
});

describe('analyzeTarget', () => {
  it('drops the least relevant items until the rest fits', () => {
    const t = analyzeTarget({
      from: '2027-01-01',
      targetDate: '2027-01-14',
      hoursPerWeek: 10,
      remainingHours: 30,
      droppable: [
        { resourceId: 'a', title: 'A', hours: 6 },
        { resourceId: 'b', title: 'B', hours: 6 },
        { resourceId: 'c', title: 'C', hours: 6 },
      ],
    });
    expect(t.met).toBe(false);
    expect(t.hoursPerWeekNeeded).toBe(15);
    expect(t.couldDrop.map((d) => d.resourceId)).toEqual(['a', 'b']);
    expect(t.dropIsEnough).toBe(true);
  });

  it('says when even 60 hours a week cannot make it', () => {
    const t = analyzeTarget({ from: '2027-01-01', targetDate: '2027-01-07', hoursPerWeek: 10, remainingHours: 100, droppable: [] });
    expect(t.reachable).toBe(false);
    expect(t.dropIsEnough).toBe(false);
  });
});

describe('findOrderViolation', () => {
  const pre: Record<string, string[]> = { b: ['a'], c: ['b'] };
  it('names the item and the prerequisite it jumped', () => {
    expect(findOrderViolation(['b', 'a', 'c'], (id) => pre[id] ?? [], () => true)).toEqual({ resourceId: 'b', prerequisiteId: 'a' });
    expect(findOrderViolation(['a', 'b', 'c'], (id) => pre[id] ?? [], () => true)).toBeNull();
  });
  it('lets skipped prerequisites go anywhere', () => {
    expect(findOrderViolation(['b', 'a', 'c'], (id) => pre[id] ?? [], (id) => id !== 'a')).toBeNull();
  });
});
