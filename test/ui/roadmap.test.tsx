// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { STAGES, STAGE_TITLE } from '../../shared/catalog/stages';
import type { PlanItem, PlanView } from '../../shared/contract/views';
import { RoadmapGraph } from '../../renderer/src/components/RoadmapGraph';

afterEach(cleanup);

/** A plan of `n` items spread evenly over the milestones, in plan order. */
function planOf(n: number): Pick<PlanView, 'items' | 'milestones'> {
  const items = Array.from({ length: n }, (_, i): PlanItem => {
    const stage = STAGES[Math.floor((i * STAGES.length) / n)]!;
    return {
      id: i + 1,
      goalId: 1,
      position: i,
      resourceId: `r${i}`,
      title: `Item ${i + 1}`,
      provider: 'P',
      url: `https://example.com/${i}`,
      kind: 'course',
      framework: 'pytorch',
      level: 'beginner',
      cost: 'free',
      hours: 2,
      hoursEstimated: false,
      stage,
      status: i === 0 ? 'done' : 'not-started',
      skipReason: null,
      origin: 'planner',
      startWeek: i + 1,
      endWeek: i + 1,
      startedOn: null,
      completedOn: null,
      notes: '',
      minutesLogged: 0,
      prerequisites: [],
      parentId: null,
      parentTitle: i === 1 ? 'A certificate' : null,
      resourceStatus: 'active',
      statusReason: null,
      replacementId: null,
      reason: 'Because you asked for it',
      partOf: i === 1 ? { id: 'a-certificate', title: 'A certificate' } : null,
      topics: [],
      format: 'text',
      unverified: [],
    };
  });
  const milestones = STAGES.map((stage) => {
    const mine = items.filter((i) => i.stage === stage);
    return { stage, title: STAGE_TITLE[stage], items: mine.length, hours: mine.length * 2, endWeek: mine.at(-1)!.endWeek, date: '2027-01-31' };
  });
  return { items, milestones };
}

describe('RoadmapGraph', () => {
  it('lays items out under their milestones, in the curriculum order, each box naming status, hours and weeks', () => {
    render(<RoadmapGraph plan={planOf(20)} onOpen={() => {}} />);
    const sections = screen.getAllByRole('region');
    expect(sections.map((s) => within(s).getByRole('heading').textContent)).toEqual(STAGES.map((s, n) => expect.stringContaining(`${n + 1}${STAGE_TITLE[s]}`)));
    const first = within(sections[0]!).getAllByRole('button').slice(1);
    expect(first.map((b) => b.querySelector('.roadmap-node-title')!.textContent)).toEqual(['Item 1', 'Item 2', 'Item 3', 'Item 4']);
    expect(first[0]!.textContent).toBe('Item 1Done · 2 h · week 1');
    expect(first[1]!.textContent).toContain('Part of A certificate');
    expect(within(sections[0]!).getByRole('heading').textContent).toContain('1/4 done');
  });

  it('opens the item when its box is clicked', async () => {
    const opened: string[] = [];
    render(<RoadmapGraph plan={planOf(10)} onOpen={(i) => opened.push(i.title)} />);
    await userEvent.click(screen.getByRole('button', { name: /^Item 7/ }));
    expect(opened).toEqual(['Item 7']);
  });

  it('draws every milestone open up to 60 items, and folds them all above that; a heading opens its milestone', async () => {
    const { unmount } = render(<RoadmapGraph plan={planOf(60)} onOpen={() => {}} />);
    expect(document.querySelectorAll('.roadmap-node')).toHaveLength(60);
    unmount();
    render(<RoadmapGraph plan={planOf(61)} onOpen={() => {}} />);
    expect(document.querySelectorAll('.roadmap-node')).toHaveLength(0);
    const head = screen.getByRole('button', { name: /Framework core/ });
    expect(head.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelectorAll('.roadmap-node').length).toBe(planOf(61).items.filter((i) => i.stage === 'core').length);
  });
});
