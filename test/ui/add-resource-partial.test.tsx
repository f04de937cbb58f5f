// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../shared/catalog/resource';
import { openAsPageLoads, planOf, useRealService } from './support';

const live = useRealService();
const N = 300;

/** Opens the goal's plan on its first items, the whole plan held back until released. */
async function openOnFirstItems(goalId: number) {
  live.ui.hold('getPlanLean')();
  const releaseWhole = live.ui.hold('getPlanLean');
  await openAsPageLoads(live.App, goalId);
  return releaseWhole;
}

/** The button of the catalog row titled `title`, found by searching for it. */
async function buttonOf(dialog: HTMLElement, title: string) {
  const user = userEvent.setup();
  const search = within(dialog).getByRole('searchbox', { name: 'Search' });
  await user.clear(search);
  await user.click(search);
  await user.paste(title);
  const row = (await within(dialog).findByText(title, { selector: 'strong' })).closest('li')!;
  return within(row).getByRole('button') as HTMLButtonElement;
}

describe('the Add-resource dialog while only the plan’s first items are read', () => {
  it('offers no Add for a resource it cannot yet see in the plan, then marks it as in the plan once the rest arrives', async () => {
    const goalId = live.ui.largeGoal(N);
    // Seeded: item k (1-based) is "Seeded resource k", so the 250th is past the first 200 read.
    const deep = 'Seeded resource 0250';
    const early = 'Seeded resource 0010';
    const items = planOf(live.ui, goalId).items;
    expect(items.findIndex((i) => i.title === deep)).toBe(249);
    const notPlanned = (live.ui.call('listResources', {}) as Resource[]).find(
      (r) => !r.custom && !r.parentId && r.status === 'active' && r.kind !== 'specialization' && !items.some((i) => i.resourceId === r.id),
    )!;

    const releaseWhole = await openOnFirstItems(goalId);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a resource' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a resource' });
    expect(within(dialog).getByText(/still loading/).textContent).toMatch(`still loading (200 of ${N} items so far)`);

    const held = await buttonOf(dialog, deep);
    expect(held.disabled).toBe(true);
    expect(held.getAttribute('aria-label')).toBe(`Checking whether ${deep} is in the plan`);
    expect(within(dialog).queryByRole('button', { name: `Add ${deep}` })).toBeNull();
    // One among the first items is known to be planned; one planned nowhere is not known yet either.
    expect((await buttonOf(dialog, early)).getAttribute('aria-label')).toBe(`${early}: in plan`);
    expect((await buttonOf(dialog, notPlanned.title)).disabled).toBe(true);

    // A retired resource's button adds its replacement: it too says only "Checking…", and its name says which.
    const retired = (live.ui.call('listResources', {}) as Resource[]).find((r) => r.status !== 'active' && r.replacementId && !r.custom)!;
    const replacement = (live.ui.call('listResources', {}) as Resource[]).find((r) => r.id === retired.replacementId)!;
    await user.clear(within(dialog).getByRole('searchbox'));
    await user.type(within(dialog).getByRole('searchbox'), retired.title);
    const checking = await within(dialog).findAllByRole('button', { name: /^Checking whether / });
    expect(checking.map((b) => b.getAttribute('aria-label'))).toContain(`Checking whether ${replacement.title} is in the plan`);
    expect(new Set(checking.map((b) => b.textContent))).toEqual(new Set(['Checking…']));
    await user.clear(within(dialog).getByRole('searchbox'));

    await user.click(within(dialog).getByRole('tab', { name: 'Your own' }));
    expect(within(dialog).queryByRole('button', { name: `Add ${deep} to this plan` })).toBeNull();
    expect((within(dialog).getByLabelText('Comes after (prerequisites in your plan)') as HTMLSelectElement).disabled).toBe(true);

    await act(async () => releaseWhole());
    await waitFor(() => expect(within(dialog).queryByText(/still loading/)).toBeNull());
    const prerequisites = within(dialog).getByLabelText('Comes after (prerequisites in your plan)') as HTMLSelectElement;
    expect(prerequisites.disabled).toBe(false);
    expect([...prerequisites.options].map((o) => o.text)).toContain(deep);
    expect(within(dialog).queryByRole('button', { name: `Add ${deep} to this plan` })).toBeNull();

    await user.click(within(dialog).getByRole('tab', { name: 'From the catalog' }));
    const known = await buttonOf(dialog, deep);
    expect(known.disabled).toBe(true);
    expect(known.getAttribute('aria-label')).toBe(`${deep}: in plan`);
    const addable = await buttonOf(dialog, notPlanned.title);
    expect(addable.disabled).toBe(false);
    expect(addable.getAttribute('aria-label')).toBe(`Add ${notPlanned.title}`);
  });

  it('a resource of your own added while the rest of the plan is read stays in the plan when that older read answers', async () => {
    const goalId = live.ui.largeGoal(N);
    const releaseWhole = await openOnFirstItems(goalId);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add a resource' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a resource' });
    await user.click(within(dialog).getByRole('tab', { name: 'Your own' }));
    await user.type(within(dialog).getByLabelText('Title'), 'Reading group');
    const link = within(dialog).getByLabelText('Link (https)');
    await user.clear(link);
    await user.type(link, 'https://example.com/reading-group');
    await user.click(within(dialog).getByRole('button', { name: 'Add to plan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stored = planOf(live.ui, goalId).items;
    expect(stored.map((i) => i.title)).toContain('Reading group');
    // The whole-plan read was answered before the add, without it; it now arrives.
    await act(async () => releaseWhole());
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    // The header counts the items not skipped, as stored now.
    const counted = stored.filter((i) => i.status !== 'skipped').length;
    expect(document.querySelector('.plan-screen .screen-head p')!.textContent).toMatch(new RegExp(`^${counted} items ·`));
  });

  it('says why when the rest of the plan cannot be read, and reads it again from the dialog', async () => {
    const goalId = live.ui.largeGoal(N);
    live.ui.failCall('getPlanLean', 1, { code: 'unavailable', message: 'The data folder cannot be read right now.' });
    await openAsPageLoads(live.App, goalId, false);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Add a resource' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a resource' });
    const alert = await within(dialog).findByText(/could be read/);
    expect(alert.textContent).toMatch(`Only the first 200 of ${N} items could be read: The data folder cannot be read right now.`);
    expect((await buttonOf(dialog, 'Seeded resource 0250')).disabled).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Read the rest again' }));
    await waitFor(() => expect(within(dialog).queryByText(/could be read/)).toBeNull());
    expect((await buttonOf(dialog, 'Seeded resource 0250')).getAttribute('aria-label')).toBe('Seeded resource 0250: in plan');
  });
});
