// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlanPreview } from '../../shared/contract/preview';
import type { Profile } from '../../shared/profile';
import { PERSONAS } from '../personas/personas';
import { installService, type UiService } from './support';

let real: UiService;
let Onboarding: typeof import('../../renderer/src/screens/Onboarding').Onboarding;

beforeAll(async () => {
  // jsdom lacks CSS.escape, which user-event uses to walk a radio group with the arrow keys.
  if (!globalThis.CSS?.escape) Object.assign(globalThis, { CSS: { ...globalThis.CSS, escape: (v: string) => v.replace(/[^\w-]/g, (c) => `\\${c}`) } });
  real = await installService();
  ({ Onboarding } = await import('../../renderer/src/screens/Onboarding'));
});
afterAll(() => real.close());
afterEach(() => {
  cleanup();
  real.calls.length = 0;
});

/** A speech developer (a persona) who has also answered every new question. */
const ANSWERS: Profile = {
  ...PERSONAS.find((p) => p.name.startsWith('Sofia'))!.profile,
  teamUses: 'pytorch',
  budget: 'free',
  formats: ['notebook'],
  scope: 'thorough',
  hoursPerWeek: 5,
  startDate: '2026-12-07',
};

/** What the service says these answers give, asked directly (not through the page). */
function expected(p: Profile): PlanPreview {
  return real.call('previewPlan', { profile: p }) as PlanPreview;
}

const checked = (el: HTMLElement) => (el as HTMLInputElement).checked;
const sizeText = () => screen.getAllByTestId('plan-size').map((e) => e.textContent ?? '');

async function next(user: ReturnType<typeof userEvent.setup>, times = 1) {
  for (let i = 0; i < times; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
}

describe('onboarding', () => {
  it('opens with the current answers when a goal is edited, including the new questions', async () => {
    const user = userEvent.setup();
    render(<Onboarding onCreated={() => {}} editing={{ profile: ANSWERS, title: '', save: async () => {} }} />);
    expect(checked(screen.getByRole('radio', { name: /^Ship products/ }))).toBe(true);
    await next(user);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch('What does your team, course or employer already use?');
    expect(checked(screen.getByRole('radio', { name: 'PyTorch' }))).toBe(true);
    await next(user, 5);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch('How do you like to learn?');
    expect(checked(screen.getByRole('radio', { name: 'Free resources only' }))).toBe(true);
    expect(checked(screen.getByRole('checkbox', { name: 'Interactive notebooks' }))).toBe(true);
    expect(checked(screen.getByRole('checkbox', { name: 'Video courses' }))).toBe(false);
    expect(checked(screen.getByRole('radio', { name: /^Thorough/ }))).toBe(true);
  });

  it('shows the plan size and finish date before the goal exists, and updates it as answers change', async () => {
    const user = userEvent.setup();
    render(<Onboarding onCreated={() => {}} editing={{ profile: ANSWERS, title: '', save: async () => {} }} />);
    const at5 = expected(ANSWERS);
    await waitFor(() => expect(sizeText()[0]).toMatch(new RegExp(`^About ${Math.round(at5.totalHours)} h: ${at5.weeks} weeks at 5 h a week, done by `)));
    expect(real.calls.filter((c) => c.method === 'createGoal')).toEqual([]);

    await next(user, 7);
    const hours = screen.getByRole('spinbutton', { name: 'Hours a week' });
    await user.clear(hours);
    await user.type(hours, '10');
    const at10 = expected({ ...ANSWERS, hoursPerWeek: 10 });
    // Computed here: the same hours at twice the pace take half the weeks, rounded up.
    expect(at10.weeks).toBe(Math.ceil(at10.totalHours / 10 - 1e-9));
    await waitFor(() => expect(sizeText()[0]).toMatch(new RegExp(`^About ${Math.round(at10.totalHours)} h: ${at10.weeks} weeks at 10 h a week`)));
    expect(at10.finishDate < at5.finishDate).toBe(true);
    expect(real.calls.filter((c) => c.method === 'createGoal')).toEqual([]);
  });

  it('asks the learner to finish the step instead of sizing an invalid answer', async () => {
    const user = userEvent.setup();
    render(<Onboarding onCreated={() => {}} editing={{ profile: ANSWERS, title: '', save: async () => {} }} />);
    await next(user, 7);
    await user.clear(screen.getByRole('spinbutton', { name: 'Hours a week' }));
    const panel = screen.getByRole('complementary', { name: 'Live recommendation' });
    await waitFor(() => within(panel).getByText("Finish this step to see the plan's size."));
  });

  it('never shows an older answer after a newer one', async () => {
    const user = userEvent.setup();
    render(<Onboarding onCreated={() => {}} editing={{ profile: ANSWERS, title: '', save: async () => {} }} />);
    await waitFor(() => expect(sizeText()[0]).toMatch(/at 5 h a week/));
    await next(user, 7);
    // The answer to the older pace is held back until the newer one has been shown.
    const release = real.hold('previewPlan');
    const hours = screen.getByRole('spinbutton', { name: 'Hours a week' });
    await user.clear(hours);
    await user.type(hours, '2');
    await new Promise((r) => setTimeout(r, 300));
    await user.type(hours, '0');
    await waitFor(() => expect(sizeText()[0]).toMatch(/at 20 h a week/));
    release();
    await new Promise((r) => setTimeout(r, 200));
    expect(sizeText()[0]).toMatch(/at 20 h a week/);
  });

  it('is usable from the keyboard alone: answer with arrows, move on with Tab and Enter, and the team answer changes the pick', async () => {
    const user = userEvent.setup();
    render(<Onboarding onCreated={() => {}} />);
    const panel = screen.getByRole('complementary', { name: 'Live recommendation' });
    const pressNext = async () => {
      const nextButton = screen.getByRole('button', { name: 'Next' });
      for (let i = 0; i < 12 && document.activeElement !== nextButton; i++) await user.tab();
      expect(document.activeElement).toBe(nextButton);
      await user.keyboard('{Enter}');
    };
    await pressNext();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/team, course or employer/));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: "I don't know" }));
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(checked(screen.getByRole('radio', { name: /^TensorFlow/ }))).toBe(true);
    await waitFor(() => expect(panel.querySelector('.framework-name')?.textContent).toBe('TensorFlow'));
    await pressNext();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch('Which areas interest you?'));
  });
});
