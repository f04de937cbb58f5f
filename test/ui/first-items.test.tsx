// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { callsOf, openAsPageLoads, planOf, rowOf, useRealService } from './support';

const live = useRealService();
const N = 500;
// Which plan each read asked for, and whether for its first items only (the version of the resources
// the page holds, which a read may also name, is beside the point here).
const planReads = () =>
  callsOf(live.ui, 'getPlanLean').map((c) => {
    const { goalId, firstItems } = c.input as { goalId: number; firstItems?: number };
    return firstItems === undefined ? { goalId } : { goalId, firstItems };
  });
const titleRow = (n: number) =>
  [...document.querySelectorAll<HTMLElement>('.plan-item')].find((r) => r.textContent?.includes(`Seeded resource ${String(n).padStart(4, '0')}`));
const lastItemId = (goalId: number) => planOf(live.ui, goalId).items.at(-1)!.id;

const open = (goalId: number) => openAsPageLoads(live.App, goalId);

/** Scrolls the list to its end, where the virtualized rows of the last items are drawn. */
function scrollToEnd() {
  const list = document.querySelector<HTMLElement>('.plan-scroll')!;
  list.scrollTop = list.scrollHeight + 1_000_000;
  fireEvent.scroll(list);
}

describe('a long plan opens on its first items', () => {
  it('shows the first 200 items with the whole plan’s count, then the whole plan: its last row can be marked done', async () => {
    const goalId = live.ui.largeGoal(N);
    // The first read comes at once; the whole plan's answer waits until released.
    live.ui.hold('getPlanLean')();
    const releaseWhole = live.ui.hold('getPlanLean');
    await open(goalId);

    // Seeded: N items, none skipped; the count is the service's, not the rows the page holds.
    expect(screen.getByText(new RegExp(`^${N} items ·`))).toBeTruthy();
    await waitFor(() => expect(planReads()).toEqual([{ goalId, firstItems: 200 }, { goalId }]));
    scrollToEnd();
    await waitFor(() => expect(titleRow(200)).toBeTruthy());
    expect(titleRow(201)).toBeUndefined();
    expect(rowOf(lastItemId(goalId))).toBeNull();

    await act(async () => releaseWhole());
    scrollToEnd();
    await waitFor(() => expect(rowOf(lastItemId(goalId))).toBeTruthy());
    const user = userEvent.setup();
    act(() => rowOf(lastItemId(goalId)).focus());
    await user.keyboard('d');
    await waitFor(() => expect(rowOf(lastItemId(goalId)).className).toContain('status-done'));
    await waitFor(() => expect(planOf(live.ui, goalId).items.at(-1)!.status).toBe('done'));
    await waitFor(() => expect(screen.getByText(new RegExp(`^${N} items ·`))).toBeTruthy());
  });

  it('says why when the rest of the plan cannot be read, and reads it again when asked', async () => {
    const goalId = live.ui.largeGoal(N);
    // The first read answers; the whole plan's read after it fails.
    live.ui.failCall('getPlanLean', 1, { code: 'unavailable', message: 'The data folder cannot be read right now.' });
    await open(goalId);
    const notice = await waitFor(() => {
      const shown = document.querySelector<HTMLElement>('.plan-rest-failed');
      expect(shown).not.toBeNull();
      return shown!;
    });
    expect(notice.textContent).toContain(`Only the first 200 of ${N} items could be read: The data folder cannot be read right now.`);
    scrollToEnd();
    expect(rowOf(lastItemId(goalId))).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Read the rest again' }));
    await waitFor(() => expect(document.querySelector('.plan-rest-failed')).toBeNull());
    scrollToEnd();
    await waitFor(() => expect(rowOf(lastItemId(goalId))).toBeTruthy());
    expect(planReads()).toEqual([{ goalId, firstItems: 200 }, { goalId }, { goalId }]);
  });

  it('a change made before the whole plan came is kept: the whole plan is read again after its answer', async () => {
    const goalId = live.ui.largeGoal(N);
    live.ui.hold('getPlanLean')();
    const releaseStale = live.ui.hold('getPlanLean');
    await open(goalId);
    await waitFor(() => expect(planReads()).toHaveLength(2));

    // Skipped while the whole plan's answer, asked before the change, is still on its way.
    const target = Number(document.querySelector<HTMLElement>('.plan-item')!.dataset.itemId);
    const user = userEvent.setup();
    act(() => rowOf(target).focus());
    await user.keyboard('s');
    await waitFor(() => expect(planOf(live.ui, goalId).items.find((i) => i.id === target)!.status).toBe('skipped'));
    await act(async () => releaseStale());
    // The stale answer was dropped; once the change was answered, the whole plan was asked again.
    await waitFor(() => expect(planReads()).toEqual([{ goalId, firstItems: 200 }, { goalId }, { goalId }]));
    await waitFor(() => expect(screen.getByText(new RegExp(`^${N - 1} items ·`))).toBeTruthy());
    scrollToEnd();
    await waitFor(() => expect(rowOf(lastItemId(goalId))).toBeTruthy());
  });

  it('does not move an item while only the first items are there: the order would leave the rest out', async () => {
    const goalId = live.ui.largeGoal(N);
    live.ui.hold('getPlanLean')();
    const releaseWhole = live.ui.hold('getPlanLean');
    await open(goalId);
    const target = Number(document.querySelector<HTMLElement>('.plan-item')!.dataset.itemId);
    const user = userEvent.setup();
    act(() => rowOf(target).focus());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(await screen.findByText(/The rest of the plan is still loading/)).toBeTruthy();
    expect(callsOf(live.ui, 'reorderPlan')).toHaveLength(0);
    await act(async () => releaseWhole());
    // With the whole plan there (its last row can be reached), the same key moves an item.
    scrollToEnd();
    await waitFor(() => expect(rowOf(lastItemId(goalId))).toBeTruthy());
    const drawn = Number(document.querySelector<HTMLElement>('.plan-item')!.dataset.itemId);
    act(() => rowOf(drawn).focus());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(callsOf(live.ui, 'reorderPlan')).toHaveLength(1));
  });
});
