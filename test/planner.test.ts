import { describe, expect, it } from 'vitest';
import { CATALOG } from '../shared/catalog/index';
import { findOrderViolation } from '../shared/planner/order';
import { buildPlan } from '../shared/planner/plan';
import { TOPICS } from '../shared/catalog/topics';
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
    // The certificate's courses, and only they, are the plan's items the catalog files under it.
    expect(p.items.filter((it) => catalog.get(it.resourceId)!.parentId === 'tf-professional-certificate').map((it) => it.resourceId)).toEqual(courses);
  });

  it('picks resources for the deployment targets and the framework', () => {
    const tf = ids(buildPlan({ profile: profile({ deployTargets: ['web', 'mobile'] }), framework: 'tensorflow', catalog, today: '2026-11-25' }));
    expect(tf).toContain('litert');
    // One browser runtime, not two teaching the same ground.
    expect(tf.filter((id) => id === 'tfjs' || id === 'litert-web')).toHaveLength(1);
    expect(tf.some((id) => id.startsWith('pytorch-'))).toBe(false);
    const pt = ids(buildPlan({ profile: profile({ deployTargets: ['mobile'] }), framework: 'pytorch', catalog, today: '2026-11-25' }));
    expect(pt).toContain('torch-export');
    expect(pt.filter((id) => id === 'executorch' || id === 'litert-torch')).toHaveLength(1);
    expect(pt).not.toContain('pytorch-mobile');
    // LiteRT itself is the TensorFlow route; PyTorch models reach it through litert-torch.
    expect(pt).not.toContain('litert');
    // Server tools only for server targets.
    for (const id of ['tf-serving', 'tfx', 'triton', 'vllm']) expect(tf.concat(pt)).not.toContain(id);
  });

  it('lists milestones in the order the learner reaches them', () => {
    // A researcher's maths comes just before the theory, after the framework's basics.
    const p = buildPlan({ profile: profile({ purpose: 'research' }), framework: 'pytorch', catalog, today: '2026-11-25' });
    const lastOf = (stage: string) => Math.max(...p.items.filter((i) => i.stage === stage && i.status !== 'skipped').map((i) => i.endWeek));
    expect(lastOf('core')).toBeLessThan(lastOf('foundations'));
    const stages = p.milestones.map((m) => m.stage);
    expect(stages.indexOf('core')).toBeLessThan(stages.indexOf('foundations'));
    const dates = p.milestones.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('places a topicless resource with the earliest item that needs it, not by its stage', () => {
    // A learner's own setup step, filed under "capstone", that their own intro to the first topic needs.
    const template = CATALOG.find((r) => r.id === 'tf-quickstart')!;
    const first = TOPICS[0]!.id;
    const mine = new Map(catalog);
    mine.set('mine-setup', { ...template, id: 'mine-setup', title: 'My setup', stage: 'capstone', topics: [], prerequisites: [], pick: {} });
    mine.set('mine-intro', {
      ...template,
      id: 'mine-intro',
      title: 'My intro',
      stage: 'foundations',
      topics: [first],
      prerequisites: ['mine-setup'],
      pick: {},
    });
    // Free to go first by its stage, were the setup step ranked by its own.
    mine.set('mine-notes', { ...template, id: 'mine-notes', title: 'My notes', stage: 'core', topics: [], prerequisites: [], pick: {} });
    const p = buildPlan({ profile: profile(), framework: 'tensorflow', catalog: mine, today: '2026-11-25', added: ['mine-intro', 'mine-setup', 'mine-notes'] });
    // The intro teaches the first topic of all, so it and what it needs open the plan.
    expect(ids(p).slice(0, 2)).toEqual(['mine-setup', 'mine-intro']);
  });

  it('plans the replacement when a learner asks for a retired resource, and says why', () => {
    const p = buildPlan({ profile: profile(), framework: 'pytorch', catalog, today: '2026-11-25', added: ['torchserve'] });
    // TorchServe's successor is a real model server, not torch.export (which only exports).
    expect(ids(p)).toContain('triton');
    expect(ids(p)).not.toContain('torchserve');
    expect(p.notes.find((n) => n.resourceId === 'torchserve')?.message).toMatch(/TorchServe is discontinued.*Triton Inference Server instead/);
  });

  it('follows the teaching order: Python, then a framework quickstart, with maths just before the theory that needs it', () => {
    const p = buildPlan({
      profile: profile({ purpose: 'research', pythonLevel: 'none', mlLevel: 'none', scope: 'thorough' }),
      framework: 'pytorch',
      catalog,
      today: '2026-11-25',
    });
    const order = ids(p);
    expect(order[0]).toBe('python-tutorial');
    const quickstart = order.indexOf('pytorch-learn-basics');
    expect(quickstart).toBeGreaterThan(order.indexOf('numpy-basics'));
    const maths = order.findIndex((id) => catalog.get(id)!.topics.includes('maths'));
    const theory = order.findIndex((id) => catalog.get(id)!.topics.includes('dl-theory'));
    expect(quickstart).toBeLessThan(maths);
    expect(maths).toBeLessThan(theory);
    // Nothing but the theory's own other prerequisites sits between the maths and the theory.
    const between = order.slice(maths + 1, theory).filter((id) => !catalog.get(id)!.topics.includes('maths'));
    expect(between).toEqual([]);
  });

  it("stays with an earlier order where prerequisites allow (re-planning keeps the learner's order)", () => {
    const first = buildPlan({ profile: profile({ deployTargets: ['web'] }), framework: 'tensorflow', catalog, today: '2026-11-25' });
    const order = ids(first);
    const web = order.findIndex((id) => id === 'tfjs' || id === 'litert-web');
    const exported = order.indexOf('tf-saved-model');
    expect(web).toBeGreaterThan(-1);
    expect(exported).toBeGreaterThan(-1);
    // Swap two independent items: the re-plan must keep the swap.
    const preferred = [...order];
    [preferred[web], preferred[exported]] = [preferred[exported]!, preferred[web]!];
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
    // Only optional depth may go; this learner's plan has none, so nothing is offered for dropping.
    expect(p.target!.couldDrop).toEqual([]);
  });

  it('reports a target that fits as met', () => {
    const p = buildPlan({
      profile: profile({ hoursPerWeek: 60, targetDate: '2027-12-31', pythonLevel: 'fluent', mlLevel: 'experienced' }),
      framework: 'tensorflow',
      catalog,
      today: '2026-11-25',
    });
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
    expect(
      findOrderViolation(
        ['b', 'a', 'c'],
        (id) => pre[id] ?? [],
        () => true,
      ),
    ).toEqual({ resourceId: 'b', prerequisiteId: 'a' });
    expect(
      findOrderViolation(
        ['a', 'b', 'c'],
        (id) => pre[id] ?? [],
        () => true,
      ),
    ).toBeNull();
  });
  it('lets skipped prerequisites go anywhere', () => {
    expect(
      findOrderViolation(
        ['b', 'a', 'c'],
        (id) => pre[id] ?? [],
        (id) => id !== 'a',
      ),
    ).toBeNull();
  });
});
