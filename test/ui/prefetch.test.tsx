// @vitest-environment jsdom
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newGoal, openAt, useRealService } from './support';

const live = useRealService();

// jsdom has no idle callbacks: the test holds them and says when the page is idle.
const idle: (() => void)[] = [];
beforeEach(() => {
  idle.length = 0;
  window.requestIdleCallback = (f: IdleRequestCallback) => idle.push(() => f({ didTimeout: false, timeRemaining: () => 50 }));
  window.cancelIdleCallback = () => undefined;
});
afterEach(() => {
  // The app goes first: its unmounting cancels what it asked for.
  cleanup();
  delete (window as Partial<typeof window>).requestIdleCallback;
  delete (window as Partial<typeof window>).cancelIdleCallback;
});

describe('dialogs fetched ahead', () => {
  it('once the first screen is drawn and the page is idle, a dialog opens at once, with no "Opening…"', async () => {
    const plan = newGoal(live.ui);
    await openAt(live.App, plan.goal.id);
    // The app asks to be called when the page is idle, after its first screen.
    await waitFor(() => expect(idle.length).toBeGreaterThan(0));
    const { prefetchDeferred } = await import('../../renderer/src/components/Deferred');
    act(() => idle.splice(0).forEach((f) => f()));
    await act(() => prefetchDeferred());

    const openings: string[] = [];
    const observer = new MutationObserver(() => {
      if (document.querySelector('.deferred-opening')) openings.push(document.querySelector('.deferred-opening')!.textContent!);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    try {
      await userEvent.setup().click(screen.getByRole('button', { name: 'Edit goal…' }));
      expect(await screen.findByRole('dialog')).toBeTruthy();
      expect(openings).toEqual([]);
    } finally {
      observer.disconnect();
    }
  });
});
