// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../shared/catalog/index';
import type { LogEntry } from '../../shared/contract/views';
import { callsOf, giveLayout, newGoal as newGoalFor, openAt, planOf, rowOf, shownItems, TODAY, useRealService } from './support';

const live = useRealService();
const stored = (goalId: number, id: number) => planOf(live.ui, goalId).items.find((i) => i.id === id)!;
function setStatusDirect(itemId: number, status: string) {
  live.ui.call('setItemStatus', { itemId, status });
}
function realTimersLater() {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'], now: new Date(`${TODAY}T10:00:00Z`) });
  return userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
}
const open = (goalId: number) => openAt(live.App, goalId);
const newGoal = () => newGoalFor(live.ui);

describe('keys on a plan row', () => {
  it('d, i, s and n each set their own status, on screen and in the database', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const item = shownItems(plan)[0]!;
    const expected = [
      ['i', 'in-progress'],
      ['d', 'done'],
      ['s', 'skipped'],
      ['n', 'not-started'],
    ] as const;
    for (const [key, status] of expected) {
      act(() => rowOf(item.id).focus());
      await user.keyboard(key);
      await waitFor(() => expect(rowOf(item.id).className).toContain(`status-${status}`));
      await waitFor(() => expect(stored(plan.goal.id, item.id).status).toBe(status));
    }
    expect(callsOf(live.ui, 'setItemStatus').map((c) => (c.input as { status: string }).status)).toEqual(expected.map(([, s]) => s));
  });

  it('a key changes its own row at once, before the answer, and no other row', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const shown = shownItems(plan);
    const release = live.ui.hold('setItemStatus');
    const rowsNow = () => [...document.querySelectorAll<HTMLElement>('.plan-item')].map((r) => `${r.dataset.itemId} ${r.className}`);
    const before = rowsNow();
    act(() => rowOf(shown[1]!.id).focus());
    await user.keyboard('d');
    // Worked out here: the same rows, in the same places, with only the pressed one now done.
    const expected = before.map((line) => (line.startsWith(`${shown[1]!.id} `) ? `${shown[1]!.id} plan-item status-done` : line));
    await waitFor(() => expect(rowsNow()).toEqual(expected));
    // The request goes out once the frame showing the change is drawn.
    await waitFor(() => expect(callsOf(live.ui, 'setItemStatus')).toHaveLength(1));
    await act(async () => release());
  });

  it('Alt+↓ and Alt+↑ move the item one place and the service keeps the new order', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const shown = shownItems(plan);
    // A pair, next to each other in the plan, where the second does not need the first, so swapping them is allowed.
    const ids = plan.items.map((i) => i.id);
    const at = shown.findIndex(
      (a, k) => shown[k + 1] && ids.indexOf(shown[k + 1]!.id) === ids.indexOf(a.id) + 1 && !shown[k + 1]!.prerequisites.includes(a.resourceId),
    );
    const [a, b] = [shown[at]!, shown[at + 1]!];
    const swapped = [...ids];
    swapped.splice(ids.indexOf(a.id), 2, b.id, a.id);

    act(() => rowOf(a.id).focus());
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await waitFor(() => expect(planOf(live.ui, plan.goal.id).items.map((i) => i.id)).toEqual(swapped));
    expect(callsOf(live.ui, 'reorderPlan').at(-1)!.input).toEqual({ goalId: plan.goal.id, itemIds: swapped });

    await waitFor(() => expect(document.activeElement).toBe(rowOf(a.id)));
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await waitFor(() => expect(planOf(live.ui, plan.goal.id).items.map((i) => i.id)).toEqual(ids));
  });

  it('Enter opens the details and arrows move the focus between rows', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const [first] = shownItems(plan);
    // The next row in plan order, whatever its status (a skipped item is a row too).
    const second = plan.items[plan.items.findIndex((i) => i.id === first!.id) + 1];
    act(() => rowOf(first!.id).focus());
    await user.keyboard('{Enter}');
    expect(within(rowOf(first!.id)).getByLabelText(/Notes/)).toBeTruthy();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(rowOf(second!.id));
  });
});

describe('the first render', () => {
  it('draws every row the list shows at once: no second pass adds rows after the list is laid out', async () => {
    // A short window, as tall as its list: the list's first guess (the window's height) is then right.
    const height = 250;
    giveLayout(1200, height);
    const windowHeight = Object.getOwnPropertyDescriptor(window, 'innerHeight')!;
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
    // Rows as tall as styles.css draws them (jsdom lays out nothing: every box would be 0 px).
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('virtual-row') ? (this.querySelector('.week-head') ? 30 : 51) : 0;
      },
    });
    // A plan several screens long: its own items and more from the catalog.
    const goalId = newGoal().goal.id;
    for (const r of CATALOG.filter((r) => r.kind !== 'certificate')) {
      if (planOf(live.ui, goalId).items.length >= 20) break;
      if (!planOf(live.ui, goalId).items.some((i) => i.resourceId === r.id)) live.ui.call('addToPlan', { goalId, resourceId: r.id });
    }
    const plan = planOf(live.ui, goalId);
    const addedLater: string[] = [];
    // Rows added to an already-drawn list come as records of their own; the first render's rows arrive
    // inside the plan screen's element.
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (!(r.target as Element).parentElement?.classList.contains('plan-scroll')) continue;
        for (const n of r.addedNodes) if ((n as Element).classList?.contains('virtual-row')) addedLater.push((n as HTMLElement).dataset.index!);
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    try {
      await open(goalId);
      const drawn = document.querySelectorAll('.virtual-row').length;
      // Rows are 30 or 51 px: the list drew more than the first few rows, and fewer than all of them.
      expect(drawn).toBeGreaterThan(Math.ceil(height / 51));
      expect(drawn).toBeLessThan(plan.items.length);
      expect(addedLater).toEqual([]);
    } finally {
      observer.disconnect();
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight);
      Object.defineProperty(window, 'innerHeight', windowHeight);
      giveLayout();
    }
  });
});

describe('the done box', () => {
  it('ticks an item done, and unticking returns it to the status it had before', async () => {
    const plan = newGoal();
    setStatusDirect(plan.items.find((i) => i.status === 'not-started')!.id, 'in-progress');
    await open(plan.goal.id);
    const [started, fresh] = shownItems(planOf(live.ui, plan.goal.id));
    expect([started!.status, fresh!.status]).toEqual(['in-progress', 'not-started']);
    const user = userEvent.setup();

    for (const [item, before] of [
      [started!, 'in-progress'],
      [fresh!, 'not-started'],
    ] as const) {
      const box = within(rowOf(item.id)).getByRole('checkbox');
      await user.click(box);
      await waitFor(() => expect(stored(plan.goal.id, item.id).status).toBe('done'));
      await waitFor(() => expect((within(rowOf(item.id)).getByRole('checkbox') as HTMLInputElement).checked).toBe(true));
      await user.click(within(rowOf(item.id)).getByRole('checkbox'));
      await waitFor(() => expect(stored(plan.goal.id, item.id).status).toBe(before));
      await waitFor(() => expect(rowOf(item.id).className).toContain(`status-${before}`));
    }
    expect(callsOf(live.ui, 'reopenItem')).toHaveLength(2);
  });
});

describe('undo', () => {
  it('the toast takes a status change back, and is gone after 8 seconds', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = realTimersLater();
    const item = shownItems(plan)[0]!;
    act(() => rowOf(item.id).focus());
    await user.keyboard('d');
    await waitFor(() => expect(stored(plan.goal.id, item.id).status).toBe('done'));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(stored(plan.goal.id, item.id).status).toBe('not-started'));
    await waitFor(() => expect(rowOf(item.id).className).toContain('status-not-started'));

    act(() => rowOf(item.id).focus());
    await user.keyboard('i');
    await screen.findByRole('button', { name: 'Undo' });
    act(() => void vi.advanceTimersByTime(7900));
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeNull();
    act(() => void vi.advanceTimersByTime(200));
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Ctrl+Z undoes the last change, and the one before it', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const [a, b] = shownItems(plan);
    act(() => rowOf(a!.id).focus());
    await user.keyboard('s');
    await waitFor(() => expect(stored(plan.goal.id, a!.id).status).toBe('skipped'));
    act(() => rowOf(b!.id).focus());
    await user.keyboard('d');
    await waitFor(() => expect(stored(plan.goal.id, b!.id).status).toBe('done'));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(stored(plan.goal.id, b!.id).status).toBe('not-started'));
    expect(stored(plan.goal.id, a!.id).status).toBe('skipped');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(stored(plan.goal.id, a!.id).status).toBe('not-started'));
  });
});

describe('what follows a change', () => {
  it('a tick redraws the plan and the goal list from its own answer, with no second read', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const [a, b] = shownItems(plan);
    const plans = callsOf(live.ui, 'getPlanLean').length;
    const lists = callsOf(live.ui, 'listGoals').length;
    const header = () => screen.getByText(/ items · /).textContent!;

    act(() => rowOf(b!.id).focus());
    await user.keyboard('d');
    // Percent done by hours, worked out here: the ticked item's hours over all hours not skipped.
    const active = plan.items.filter((i) => i.status !== 'skipped');
    const total = active.reduce((s, i) => s + i.hours, 0);
    const percent = Math.round((b!.hours / total) * 1000) / 10;
    const sidebar = screen.getByRole('navigation', { name: 'Goals' });
    await waitFor(() => expect(sidebar.textContent).toContain(`${percent}%`));
    // Hours left, worked out here too; the milestones' dates are the ones the service now holds.
    await waitFor(() => expect(header()).toContain(`${Math.round((total - b!.hours) * 10) / 10} h left`));
    const after = planOf(live.ui, plan.goal.id);
    const strip = screen.getByRole('list', { name: 'Milestones' });
    expect(
      within(strip)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(
      after.milestones.map((m) =>
        expect.stringContaining(
          `${m.title} by ${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${m.date}T00:00:00Z`))}`,
        ),
      ),
    );

    act(() => rowOf(a!.id).focus());
    await user.keyboard('s');
    const remaining = after.items.filter((i) => i.status !== 'skipped' && i.id !== a!.id).length;
    await waitFor(() => expect(header()).toContain(`${remaining} items`));
    await waitFor(() => expect(planOf(live.ui, plan.goal.id).totalHours).toBeCloseTo(plan.totalHours - a!.hours, 5));
    // Both answers carried what the screen needed: neither the plan nor the goal list was read again.
    await new Promise((r) => setTimeout(r, 600));
    expect(callsOf(live.ui, 'getPlanLean').length).toBe(plans);
    expect(callsOf(live.ui, 'listGoals').length).toBe(lists);
    expect(callsOf(live.ui, 'setItemStatus')).toHaveLength(2);
  });

  it("an older tick's answer arriving after a newer one's never brings back its older figures", async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const [a, b] = shownItems(plan);
    const header = () => screen.getByText(/ items · /).textContent!;
    const total = plan.items.filter((i) => i.status !== 'skipped').reduce((s, i) => s + i.hours, 0);
    const left = (h: number) => `${Math.round(h * 10) / 10} h left`;
    const releaseFirst = live.ui.hold('setItemStatus');
    act(() => rowOf(a!.id).focus());
    await user.keyboard('d');
    act(() => rowOf(b!.id).focus());
    await user.keyboard('d');
    // The second answer, which counts both ticks, arrives first.
    await waitFor(() => expect(header()).toContain(left(total - a!.hours - b!.hours)));
    await act(async () => releaseFirst());
    await waitFor(() => expect(callsOf(live.ui, 'setItemStatus')).toHaveLength(2));
    await new Promise((r) => setTimeout(r, 100));
    expect(header()).toContain(left(total - a!.hours - b!.hours));
    expect(rowOf(a!.id).className).toContain('status-done');
    expect(rowOf(b!.id).className).toContain('status-done');
  });

  it('an answer that arrives late never overwrites a newer change', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const item = shownItems(plan)[0]!;
    const release = live.ui.hold('setItemStatus');
    act(() => rowOf(item.id).focus());
    await user.keyboard('d');
    await user.keyboard('i');
    await waitFor(() => expect(callsOf(live.ui, 'setItemStatus')).toHaveLength(2));
    await waitFor(() => expect(rowOf(item.id).className).toContain('status-in-progress'));
    // The answer to "done" arrives last: the screen must keep the newer "in progress".
    await act(async () => release());
    await new Promise((r) => setTimeout(r, 50));
    expect(rowOf(item.id).className).toContain('status-in-progress');
    expect(stored(plan.goal.id, item.id).status).toBe('in-progress');
  });

  it('asks for the goal list and the remembered plan at the same time', async () => {
    const plan = newGoal();
    const releaseList = live.ui.hold('listGoals');
    const releasePlan = live.ui.hold('getPlanLean');
    window.history.replaceState(null, '', `#goal=${plan.goal.id}&tab=plan`);
    render(<live.App />);
    await waitFor(() => expect(callsOf(live.ui, 'getPlanLean')).toHaveLength(1));
    expect(callsOf(live.ui, 'listGoals')).toHaveLength(1);
    await act(async () => (releaseList(), releasePlan()));
    await screen.findByRole('heading', { level: 1, name: plan.goal.title });
  });
});

describe('notes', () => {
  it('save once typing pauses, not on every key', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = realTimersLater();
    const item = shownItems(plan)[0]!;
    await user.click(within(rowOf(item.id)).getByRole('button', { name: /Details/ }));
    await user.type(within(rowOf(item.id)).getByLabelText(/Notes/), 'Use Colab');
    expect(callsOf(live.ui, 'setItemNotes')).toHaveLength(0);
    // Kept at once, before any save, so a reload now would not lose it.
    expect(Object.values({ ...localStorage })).toContain('Use Colab');
    act(() => void vi.advanceTimersByTime(650));
    await waitFor(() => expect(callsOf(live.ui, 'setItemNotes')).toHaveLength(1));
    expect(callsOf(live.ui, 'setItemNotes')[0]!.input).toEqual({ itemId: item.id, notes: 'Use Colab' });
    await waitFor(() => expect(stored(plan.goal.id, item.id).notes).toBe('Use Colab'));
    await waitFor(() => expect(Object.values({ ...localStorage })).not.toContain('Use Colab'));
  });

  it('typed just before a reload are saved when the plan opens again', async () => {
    const plan = newGoal();
    const item = plan.items.find((i) => i.status !== 'skipped')!;
    // What the row leaves behind on each keystroke, as if the page went away before the debounce.
    localStorage.setItem(`pathwise.notes-draft.${item.id}`, 'Half a thought');
    await open(plan.goal.id);
    await waitFor(() => expect(stored(plan.goal.id, item.id).notes).toBe('Half a thought'));
    await waitFor(() => expect(localStorage.getItem(`pathwise.notes-draft.${item.id}`)).toBeNull());
  });
});

describe('logging time', () => {
  it('a double-click logs once', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const item = shownItems(plan)[0]!;
    await user.click(within(rowOf(item.id)).getByRole('button', { name: /Details/ }));
    const button = within(rowOf(item.id)).getByRole('button', { name: 'Log time' });
    fireEvent.click(button);
    fireEvent.click(button);
    await screen.findByText('Logged 30 minutes.');
    const log = live.ui.call('listLog', { goalId: plan.goal.id, itemId: item.id }) as LogEntry[];
    expect(log.filter((e) => e.kind === 'time').map((e) => e.minutes)).toEqual([30]);
  });

  it('logs on the day chosen, and refuses a day in the future', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const item = shownItems(plan)[0]!;
    await user.click(within(rowOf(item.id)).getByRole('button', { name: /Details/ }));
    const row = within(rowOf(item.id));
    fireEvent.change(row.getByLabelText('Day'), { target: { value: '2026-11-20' } });
    await user.clear(row.getByLabelText('Log time (minutes)'));
    await user.type(row.getByLabelText('Log time (minutes)'), '45');
    await user.click(row.getByRole('button', { name: 'Log time' }));
    await screen.findByText('Logged 45 minutes.');
    const log = live.ui.call('listLog', { goalId: plan.goal.id, itemId: item.id }) as LogEntry[];
    expect(log.filter((e) => e.kind === 'time').map((e) => [e.day, e.minutes])).toEqual([['2026-11-20', 45]]);

    fireEvent.change(row.getByLabelText('Day'), { target: { value: '2999-01-01' } });
    await user.click(row.getByRole('button', { name: 'Log time' }));
    expect(row.getByRole('alert').textContent).toBe('Day cannot be in the future.');
    expect(callsOf(live.ui, 'logTime')).toHaveLength(1);
  });
});
