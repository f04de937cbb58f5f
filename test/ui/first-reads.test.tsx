// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { callsOf, newGoal, useRealService } from './support';

const live = useRealService();
let reads: typeof import('../../renderer/src/data/first-reads');
let createQueryClient: typeof import('../../renderer/src/data/query').createQueryClient;
beforeAll(async () => {
  reads = await import('../../renderer/src/data/first-reads');
  ({ createQueryClient } = await import('../../renderer/src/data/query'));
});

const planReads = () => callsOf(live.ui, 'getPlanLean').map((c) => (c.input as { goalId: number }).goalId);

/** What the page's two scripts do: the small one asks, the app adopts the answers and renders. */
async function bootAt(hash: string) {
  window.history.replaceState(null, '', hash);
  const started = reads.startFirstReads();
  const asked = { goals: callsOf(live.ui, 'listGoals').length, plans: planReads() };
  await started;
  const client = createQueryClient();
  reads.adoptFirstReads(client);
  render(<live.App client={client as never} />);
  await waitFor(() => expect(document.querySelectorAll('.plan-item').length).toBeGreaterThan(3));
  return asked;
}

describe("the page's first reads", () => {
  it('ask for the goal list and the remembered plan before the app renders, and the app asks for neither again', async () => {
    const plan = newGoal(live.ui);
    const asked = await bootAt(`#goal=${plan.goal.id}&tab=plan`);
    expect(asked).toEqual({ goals: 1, plans: [plan.goal.id] });
    expect(await screen.findByRole('heading', { level: 1, name: plan.goal.title })).toBeTruthy();
    expect(callsOf(live.ui, 'listGoals')).toHaveLength(1);
    expect(callsOf(live.ui, 'getPlanLean')).toHaveLength(1);
  });

  it('with no goal remembered, read the first goal of the list, once, as the shell shows it', async () => {
    newGoal(live.ui);
    const first = (live.ui.call('listGoals', { includeArchived: false }) as { id: number; title: string }[])[0]!;
    live.ui.calls.length = 0;
    const asked = await bootAt('#tab=plan');
    // The plan is asked only once the list has named the goal; the app starts after that.
    expect(asked).toEqual({ goals: 1, plans: [] });
    expect(planReads()).toEqual([first.id]);
    expect(await screen.findByRole('heading', { level: 1, name: first.title })).toBeTruthy();
    expect(planReads()).toEqual([first.id]);
    expect(callsOf(live.ui, 'listGoals')).toHaveLength(1);
  });
  it('opening on "This week" also asks for the week before the app renders, and the week screen asks nothing more', async () => {
    const plan = newGoal(live.ui);
    live.ui.calls.length = 0;
    window.history.replaceState(null, '', `#goal=${plan.goal.id}&tab=week`);
    const started = reads.startFirstReads();
    expect(callsOf(live.ui, 'thisWeek').map((c) => c.input)).toEqual([{ goalId: plan.goal.id }]);
    // It names the goal it read, for the page to fetch the week's code.
    expect(await started).toBe(plan.goal.id);
    const client = createQueryClient();
    reads.adoptFirstReads(client);
    render(<live.App client={client as never} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'This week' })).toBeTruthy();
    expect(document.querySelector('[data-testid="hours-left"]')).toBeTruthy();
    expect(callsOf(live.ui, 'thisWeek')).toHaveLength(1);
  });

  it('opening on the plan does not ask for the week', async () => {
    const plan = newGoal(live.ui);
    live.ui.calls.length = 0;
    await bootAt(`#goal=${plan.goal.id}&tab=plan`);
    expect(callsOf(live.ui, 'thisWeek')).toHaveLength(0);
  });
});
