// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { LogEntry, PlanView } from '../../shared/contract/views';
import { openAt, planOf, useRealService } from './support';
import { profile } from '../support/answers';

const live = useRealService();

describe('the This week tab', () => {
  it('is the first tab; shows overdue work and the hours left, with one-click done and logging', async () => {
    // Started 2026-10-05 at 3 h a week; the service's today is 2026-11-26, day 52, so week 8.
    const plan = live.ui.call('createGoal', {
      title: 'Goal behind',
      profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced', hoursPerWeek: 3, startDate: '2026-10-05' }),
    }) as PlanView;
    const open = plan.items.filter((i) => i.status !== 'skipped');
    // Overdue, by hand: at 3 h a week since the start, the week each item's last hour falls in is before 8.
    let cumulative = 0;
    const overdue = open.filter((i) => Math.max(1, Math.ceil((cumulative += i.hours) / 3 - 1e-9)) < 8);
    const now = open.filter((i) => i.startWeek <= 8 && i.endWeek >= 8 && !overdue.includes(i));
    await openAt(live.App, plan.goal.id, 'week');
    expect(screen.getAllByRole('tab')[0]!.textContent).toBe('This week');
    const overdueList = await screen.findByRole('region', { name: `Overdue (${overdue.length})` });
    expect(within(overdueList).getAllByRole('listitem')).toHaveLength(overdue.length);
    expect(within(screen.getByRole('region', { name: 'To do this week' })).queryAllByRole('listitem')).toHaveLength(now.length);
    expect(screen.getByTestId('hours-left').textContent).toBe('3 h left of 3 h · 0 h logged');

    const user = userEvent.setup();
    const first = overdue[0]!;
    const row = () => document.querySelector<HTMLElement>(`.week-item[data-item-id="${first.id}"]`);
    await user.dblClick(within(row()!).getByRole('button', { name: /\+30 min/ }));
    await waitFor(() => expect(screen.getByTestId('hours-left').textContent).toBe('2.5 h left of 3 h · 0.5 h logged'));
    const log = live.ui.call('listLog', { goalId: plan.goal.id }) as LogEntry[];
    expect(log.filter((e) => e.kind === 'time').map((e) => [e.itemId, e.minutes, e.day])).toEqual([[first.id, 30, '2026-11-26']]);

    await user.click(within(row()!).getByRole('checkbox', { name: /done/ }));
    await waitFor(() => expect(row()).toBeNull());
    expect(planOf(live.ui, plan.goal.id).items.find((i) => i.id === first.id)!.status).toBe('done');
  });
});
