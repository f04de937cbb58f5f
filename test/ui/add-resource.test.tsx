// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../shared/catalog/resource';
import { newGoal, openAt, planOf, useRealService } from './support';

const live = useRealService();

async function openDialog(goalId: number) {
  await openAt(live.App, goalId);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Add a resource' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Add a resource' }) };
}

describe('the Add-resource dialog', () => {
  it('says "In plan" for a specialization whose courses are all planned, and explains an empty search', async () => {
    const plan = newGoal(live.ui);
    const all = live.ui.call('listResources', { includeRetired: true }) as Resource[];
    const spec = all.find((r) => r.kind === 'specialization' && all.some((c) => c.parentId === r.id && c.status === 'active'))!;
    const planned = new Set(plan.items.map((i) => i.resourceId));
    if (!all.filter((c) => c.parentId === spec.id && c.status === 'active').every((c) => planned.has(c.id))) {
      live.ui.call('addToPlan', { goalId: plan.goal.id, resourceId: spec.id });
    }
    const { user, dialog } = await openDialog(plan.goal.id);
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search' }), spec.title);
    const row = (await within(dialog).findByText(spec.title)).closest('li')!;
    const button = within(row).getByRole('button', { name: `${spec.title}: in plan` });
    expect((button as HTMLButtonElement).disabled).toBe(true);

    await user.clear(within(dialog).getByRole('searchbox', { name: 'Search' }));
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search' }), 'zzqx nothing like this');
    expect(within(dialog).getByRole('status').textContent).toMatch(/Nothing in the catalog matches “zzqx nothing like this”/);
  });

  it('shows no hours for a retired resource', async () => {
    const plan = newGoal(live.ui);
    const { user, dialog } = await openDialog(plan.goal.id);
    await user.type(within(dialog).getByRole('searchbox', { name: 'Search' }), 'TorchServe');
    const row = (await within(dialog).findByText('TorchServe')).closest('li')!;
    expect(row.textContent).toMatch(/discontinued/);
    expect(row.textContent).not.toMatch(/\d h/);
  });

  it('asks for https, clears an old complaint once the link changes, refuses the same link twice, and edits your own', async () => {
    const plan = newGoal(live.ui);
    const { user, dialog } = await openDialog(plan.goal.id);
    await user.click(within(dialog).getByRole('tab', { name: 'Your own' }));
    expect(within(dialog).getByText(/must start with https:\/\//)).toBeTruthy();
    await user.type(within(dialog).getByLabelText('Title'), 'Paper club');
    const link = within(dialog).getByLabelText('Link (https)');
    await user.clear(link);
    await user.type(link, 'http://example.com/club');
    await user.click(within(dialog).getByRole('button', { name: 'Add to plan' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/^Link: must be a full address starting with https:\/\//);
    await user.clear(link);
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.type(link, 'https://example.com/club');
    await user.click(within(dialog).getByRole('button', { name: 'Add to plan' }));
    await waitFor(() => expect(planOf(live.ui, plan.goal.id).items.some((i) => i.title === 'Paper club')).toBe(true));

    // The same link a second time is refused by the service, and nothing is added.
    await user.click(await screen.findByRole('button', { name: 'Add a resource' }));
    const again = { user, dialog: await screen.findByRole('dialog', { name: 'Add a resource' }) };
    await again.user.click(within(again.dialog).getByRole('tab', { name: 'Your own' }));
    await again.user.type(within(again.dialog).getByLabelText('Title'), 'Paper club, again');
    await again.user.clear(within(again.dialog).getByLabelText('Link (https)'));
    await again.user.type(within(again.dialog).getByLabelText('Link (https)'), 'https://example.com/club');
    await again.user.click(within(again.dialog).getByRole('button', { name: 'Add to plan' }));
    expect((await within(again.dialog).findByRole('alert')).textContent).toMatch(/already added "Paper club" with this link/);
    expect((live.ui.call('listResources', {}) as Resource[]).filter((r) => r.custom && r.url === 'https://example.com/club')).toHaveLength(1);

    await again.user.click(await within(again.dialog).findByRole('button', { name: /^Edit\s*Paper club/ }));
    const title = within(again.dialog).getByLabelText('Title');
    await again.user.clear(title);
    await again.user.type(title, 'Paper club (Thursdays)');
    await again.user.click(within(again.dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect((live.ui.call('listResources', {}) as Resource[]).find((r) => r.url === 'https://example.com/club')?.title).toBe('Paper club (Thursdays)'),
    );
  });

  it('takes the topics your own resource teaches: it is placed after what they build on and says so', async () => {
    const plan = newGoal(live.ui);
    const { user, dialog } = await openDialog(plan.goal.id);
    await user.click(within(dialog).getByRole('tab', { name: 'Your own' }));
    await user.type(within(dialog).getByLabelText('Title'), 'Vision reading group');
    await user.clear(within(dialog).getByLabelText('Link (https)'));
    await user.type(within(dialog).getByLabelText('Link (https)'), 'https://example.com/vision-group');
    await user.selectOptions(within(dialog).getByLabelText('Topics it teaches (optional)'), 'Computer vision with CNNs');
    await user.click(within(dialog).getByRole('button', { name: 'Add to plan' }));
    await waitFor(() => expect(planOf(live.ui, plan.goal.id).items.some((i) => i.title === 'Vision reading group')).toBe(true));

    const mine = (live.ui.call('listResources', {}) as Resource[]).find((r) => r.url === 'https://example.com/vision-group')!;
    expect(mine.topics).toEqual(['cnns']);
    const items = planOf(live.ui, plan.goal.id).items;
    const at = items.findIndex((i) => i.resourceId === mine.id);
    expect(items[at]!.reason).toBe('You chose this for Computer vision with CNNs');
    // CNNs build on deep-learning foundations (shared/catalog/topics.ts): whatever teaches them comes first.
    const all = live.ui.call('listResources', {}) as Resource[];
    const foundations = items.findIndex((i) => all.find((r) => r.id === i.resourceId)?.topics.includes('dl-foundations'));
    expect(foundations).toBeGreaterThanOrEqual(0);
    expect(foundations).toBeLessThan(at);
  });
});
