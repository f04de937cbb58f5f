// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Alternatives as AlternativesView, PlanView } from '../../shared/contract/views';

const alternatives: AlternativesView = {
  itemId: 7,
  topics: [{ id: 'framework-basics', title: 'Tensors, autograd and a first model' }],
  alternatives: [
    {
      resourceId: 'pytorch-60-minute-blitz',
      title: 'Deep Learning with PyTorch: A 60 Minute Blitz',
      provider: 'PyTorch Foundation',
      url: 'https://docs.pytorch.org/tutorials/beginner/deep_learning_60min_blitz.html',
      kind: 'tutorial',
      format: 'notebook',
      cost: 'free',
      level: 'beginner',
      depth: 'overview',
      hours: 3,
      hoursEstimated: true,
      certificate: false,
      partOf: null,
      topics: ['framework-basics'],
      unverified: [],
    },
    {
      resourceId: 'pytorch-pc-fundamentals',
      title: 'PyTorch: Fundamentals',
      provider: 'DeepLearning.AI on Coursera',
      url: 'https://www.coursera.org/learn/pytorch-fundamentals',
      kind: 'course',
      format: 'video',
      cost: 'subscription',
      level: 'beginner',
      depth: 'practical',
      hours: 20,
      hoursEstimated: true,
      certificate: true,
      partOf: { id: 'pytorch-professional-certificate', title: 'PyTorch for Deep Learning Professional Certificate' },
      topics: ['framework-basics'],
      unverified: ['hours', 'cost'],
    },
  ],
};
const swapped = { goal: { id: 1 }, items: [] } as unknown as PlanView;
const itemAlternatives = vi.fn(async () => ({ ok: true as const, value: alternatives }));
const swapPlanItem = vi.fn(async () => ({ ok: true as const, value: swapped }));

let Alternatives: typeof import('../../renderer/src/components/Alternatives').Alternatives;
let ItemWhy: typeof import('../../renderer/src/components/ItemWhy').ItemWhy;
beforeAll(async () => {
  // The api module picks its bridge when first imported, so the fake preload goes in first.
  (window as unknown as { pathwise: unknown }).pathwise = { itemAlternatives, swapPlanItem };
  ({ Alternatives } = await import('../../renderer/src/components/Alternatives'));
  ({ ItemWhy } = await import('../../renderer/src/components/ItemWhy'));
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('Alternatives', () => {
  it("lists what else teaches the item's ground, with format, cost, hours and unverified facts", async () => {
    render(
      <Alternatives item={{ id: 7, resourceId: 'pytorch-learn-basics', title: 'PyTorch Tutorials: Learn the Basics', minutesLogged: 90 }} onPlan={() => {}} />,
    );
    expect(await screen.findByText('Deep Learning with PyTorch: A 60 Minute Blitz')).toBeTruthy();
    expect(itemAlternatives).toHaveBeenCalledWith({ itemId: 7 });
    expect(screen.getByText(/Teaches Tensors, autograd and a first model\. Time you logged here stays counted/)).toBeTruthy();
    expect(screen.getByText(/part of PyTorch for Deep Learning Professional Certificate · unverified: hours, cost/)).toBeTruthy();
  });

  it('swaps an alternative in from the keyboard and hands the rebuilt plan back', async () => {
    const onPlan = vi.fn();
    const user = userEvent.setup();
    render(
      <Alternatives item={{ id: 7, resourceId: 'pytorch-learn-basics', title: 'PyTorch Tutorials: Learn the Basics', minutesLogged: 0 }} onPlan={onPlan} />,
    );
    await screen.findByText('Deep Learning with PyTorch: A 60 Minute Blitz');
    const button = await screen.findByRole('button', {
      name: /Swap in Deep Learning with PyTorch: A 60 Minute Blitz instead of PyTorch Tutorials: Learn the Basics/,
    });
    button.focus();
    await user.keyboard('{Enter}');
    expect(swapPlanItem).toHaveBeenCalledWith({ itemId: 7, resourceId: 'pytorch-60-minute-blitz' });
    expect(onPlan).toHaveBeenCalledWith(swapped);
  });

  it('shows a refused swap as an alert and keeps the list', async () => {
    swapPlanItem.mockResolvedValueOnce({ ok: false, error: { code: 'conflict', message: 'resourceId: already in this plan' } } as never);
    const onPlan = vi.fn();
    render(<Alternatives item={{ id: 7, resourceId: 'pytorch-learn-basics', title: 'Learn the Basics', minutesLogged: 0 }} onPlan={onPlan} />);
    await userEvent.click(await screen.findByRole('button', { name: /Swap in PyTorch: Fundamentals/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/already in this plan/);
    expect(onPlan).not.toHaveBeenCalled();
    expect(screen.getByText('PyTorch: Fundamentals')).toBeTruthy();
  });
});

describe('ItemWhy', () => {
  it('says why the item is there, names its certificate once, and flags unverified facts', () => {
    render(
      <ItemWhy
        item={{
          title: 'PyTorch: Fundamentals',
          reason: 'Because you chose computer vision',
          partOf: { id: 'pytorch-professional-certificate', title: 'PyTorch Professional Certificate' },
          unverified: ['hours', 'url'],
        }}
      />,
    );
    expect(screen.getByText(/Because you chose computer vision/).textContent).toMatch(/part of PyTorch Professional Certificate/);
    expect(screen.getByText('Unverified: hours, link')).toBeTruthy();
    cleanup();
    render(
      <ItemWhy
        item={{
          title: 'x',
          reason: 'Part of your certificate: PyTorch Professional Certificate',
          partOf: { id: 'p', title: 'PyTorch Professional Certificate' },
          unverified: [],
        }}
      />,
    );
    expect(screen.queryByText(/· part of/)).toBeNull();
    expect(screen.queryByText(/Unverified/)).toBeNull();
  });
});
