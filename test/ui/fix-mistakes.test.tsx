// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LogEntry, PlanItem, PlanView } from '../../shared/contract/views';
import { callsOf, newGoal as newGoalFor, openAt, planOf, rowOf, shownItems, useRealService } from './support';

const live = useRealService();
const open = (goalId: number) => openAt(live.App, goalId);
const newGoal = () => newGoalFor(live.ui);
const firstShown = (plan: PlanView): PlanItem => shownItems(plan)[0]!;
const timeEntries = (goalId: number) => live.ui.call('listTimeEntries', { goalId }) as LogEntry[];

describe('removing an item', () => {
  it('takes it out of the list at once, and Undo brings it back with its notes and time', async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    const item = firstShown(plan);
    live.ui.call('setItemNotes', { itemId: item.id, notes: 'keep me' });
    live.ui.call('logTime', { itemId: item.id, minutes: 20, day: '2026-11-25' });
    await user.click(within(rowOf(item.id)).getByRole('button', { name: /Details/ }));
    await user.click(within(rowOf(item.id)).getByRole('button', { name: /Remove from plan/ }));
    await waitFor(() => expect(rowOf(item.id)).toBeNull());
    expect(planOf(live.ui, plan.goal.id).items.map((i) => i.id)).not.toContain(item.id);

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowOf(item.id)).not.toBeNull());
    expect(planOf(live.ui, plan.goal.id).items.find((i) => i.id === item.id)).toMatchObject({ notes: 'keep me', minutesLogged: 20 });
  });
});

describe('time entries', () => {
  it('are listed under the item; one can be corrected, and Undo puts the old figures back', async () => {
    const plan = newGoal();
    const item = plan.items.find((i) => i.status !== 'skipped')!;
    live.ui.call('logTime', { itemId: item.id, minutes: 30, day: '2026-11-24', note: 'video' });
    await open(plan.goal.id);
    const user = userEvent.setup();
    await user.click(within(rowOf(item.id)).getByRole('button', { name: /Details/ }));
    const list = await within(rowOf(item.id)).findByRole('region', { name: 'Time logged' });
    expect(list.textContent).toMatch(/30 min · video/);

    await user.click(within(list).getByRole('button', { name: /^Edit/ }));
    const minutes = within(list).getByLabelText('Minutes');
    await user.clear(minutes);
    await user.type(minutes, '45');
    await user.click(within(list).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(timeEntries(plan.goal.id).map((e) => [e.minutes, e.day, e.note])).toEqual([[45, '2026-11-24', 'video']]));
    await waitFor(() => expect(list.textContent).toMatch(/45 min · video/));
    // The row's logged total follows the correction.
    await waitFor(() => expect(rowOf(item.id).textContent).toMatch(/logged 45 min/));

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(timeEntries(plan.goal.id).map((e) => e.minutes)).toEqual([30]));
  });

  it('a double log is deleted, and Undo restores it', async () => {
    const plan = newGoal();
    const item = plan.items.find((i) => i.status !== 'skipped')!;
    live.ui.call('logTime', { itemId: item.id, minutes: 30, day: '2026-11-26' });
    live.ui.call('logTime', { itemId: item.id, minutes: 30, day: '2026-11-26' });
    await open(plan.goal.id);
    const user = userEvent.setup();
    await user.click(within(rowOf(item.id)).getByRole('button', { name: /Details/ }));
    const list = await within(rowOf(item.id)).findByRole('region', { name: 'Time logged' });
    await user.click(within(list).getAllByRole('button', { name: /^Delete/ })[0]!);
    await waitFor(() => expect(timeEntries(plan.goal.id).map((e) => e.minutes)).toEqual([30]));
    await waitFor(() => expect(within(list).getAllByRole('button', { name: /^Delete/ })).toHaveLength(1));
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(timeEntries(plan.goal.id).map((e) => e.minutes)).toEqual([30, 30]));
  });
});

describe('editing the goal', () => {
  it('saves new hours a week: the plan is re-planned, the finish moves, and statuses stay', async () => {
    const plan = newGoal();
    const done = plan.items.find((i) => i.status !== 'skipped')!;
    live.ui.call('setItemStatus', { itemId: done.id, status: 'done' });
    await open(plan.goal.id);
    const user = userEvent.setup();
    const before = screen.getByText(/finishes/).textContent;

    await user.click(screen.getByRole('button', { name: 'Edit goal…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit this goal' });
    const hours = within(dialog).getByLabelText('Hours a week');
    await user.clear(hours);
    await user.type(hours, '61');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Hours a week must be between 1 and 60.');
    expect(callsOf(live.ui, 'updateGoal')).toHaveLength(0);

    await user.clear(hours);
    await user.type(hours, '12');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(callsOf(live.ui, 'updateGoal')).toHaveLength(1));
    expect(callsOf(live.ui, 'updateGoal')[0]!.input).toEqual({ goalId: plan.goal.id, hoursPerWeek: 12 });
    const after = planOf(live.ui, plan.goal.id);
    expect(after.goal.hoursPerWeek).toBe(12);
    expect(after.items.find((i) => i.id === done.id)!.status).toBe('done');
    await waitFor(() => expect(screen.getByText(/finishes/).textContent).not.toBe(before));
    expect(screen.getByText(/finishes/).textContent).toMatch(/at 12 h a week/);
  });

  it("opens the questionnaire with the goal's current answers", async () => {
    const plan = newGoal();
    await open(plan.goal.id);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Edit goal…' }));
    await user.click(screen.getByRole('button', { name: 'Change my answers…' }));
    // Production was the answer when the goal was made; a new goal starts from "career".
    expect(((await screen.findByRole('radio', { name: /Ship products/ })) as HTMLInputElement).checked).toBe(true);
    act(() => screen.getByRole('button', { name: 'Cancel' }).click());
    await screen.findByRole('heading', { level: 1, name: plan.goal.title });
  });
});
