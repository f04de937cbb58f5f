// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LogEntry, PlanView } from '../../shared/contract/views';
import { callsOf, installService, type UiService } from './support';
import { profile } from '../support/answers';

let ui: UiService;
let mod: {
  createQueryClient: typeof import('../../renderer/src/data/query').createQueryClient;
  FeedbackProvider: typeof import('../../renderer/src/state/feedback').FeedbackProvider;
  SessionBar: typeof import('../../renderer/src/rhythm/SessionBar').SessionBar;
  StartTimer: typeof import('../../renderer/src/rhythm/StartTimer').StartTimer;
  RhythmDialog: typeof import('../../renderer/src/rhythm/RhythmDialog').RhythmDialog;
  Revisits: typeof import('../../renderer/src/rhythm/Revisits').Revisits;
  WeeklyReview: typeof import('../../renderer/src/rhythm/WeeklyReview').WeeklyReview;
};

const T0 = '2026-11-26T10:00:00Z';

beforeAll(async () => {
  ui = await installService();
  // The dialog element's modal methods are not in jsdom.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  mod = {
    ...(await import('../../renderer/src/data/query')),
    ...(await import('../../renderer/src/state/feedback')),
    ...(await import('../../renderer/src/rhythm/SessionBar')),
    ...(await import('../../renderer/src/rhythm/StartTimer')),
    ...(await import('../../renderer/src/rhythm/RhythmDialog')),
    ...(await import('../../renderer/src/rhythm/Revisits')),
    ...(await import('../../renderer/src/rhythm/WeeklyReview')),
  };
});
afterAll(() => ui.close());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  ui.call('cancelSession', {});
  ui.clock.set(T0);
  ui.calls.length = 0;
});

const PROFILE = profile({ pythonLevel: 'fluent', mlLevel: 'experienced' });
let n = 0;
const newGoal = () => ui.call('createGoal', { profile: PROFILE, title: `Rhythm ${++n}` }) as PlanView;
/** Items the learner can study: an experienced learner's plan starts with a few skipped ones. */
const open = (plan: PlanView) => plan.items.filter((i) => i.status !== 'skipped');

function wrap(children: ReactNode) {
  const client = mod.createQueryClient();
  return render(
    <QueryClientProvider client={client}>
      <mod.FeedbackProvider>{children}</mod.FeedbackProvider>
    </QueryClientProvider>,
  );
}

/** Page and service clocks move together, as they do on one machine. */
function fakeTime() {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date(T0));
  ui.clock.set(T0);
  const advance = async (ms: number) => {
    ui.clock.set(new Date(Date.now() + ms).toISOString());
    await act(async () => void (await vi.advanceTimersByTimeAsync(ms)));
  };
  return { user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }), advance };
}

const timeEntries = (goalId: number) => (ui.call('listLog', { goalId }) as LogEntry[]).filter((e) => e.kind === 'time');

describe('the study timer', () => {
  it('starts from an item, ticks in the header, and logs the minutes once however often Stop is clicked', async () => {
    const { user, advance } = fakeTime();
    const plan = newGoal();
    const item = open(plan)[0]!;
    wrap(
      <>
        <mod.SessionBar />
        <mod.StartTimer itemId={item.id} title={item.title} />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: `Start a study timer on ${item.title}` }));
    const bar = await screen.findByRole('region', { name: 'Study timer' });
    expect(within(bar).getByText(item.title)).toBeTruthy();
    await advance(42 * 60_000 + 5_000);
    await waitFor(() => expect(within(bar).getByRole('timer').textContent).toBe('42:05'));
    const stop = within(bar).getByRole('button', { name: 'Stop and log' });
    await user.dblClick(stop);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Study timer' })).toBeNull());
    expect(timeEntries(plan.goal.id).map((e) => e.minutes)).toEqual([42]);
    expect(callsOf(ui, 'stopSession')).toHaveLength(1);
  });

  it('says so gently when the focus rhythm turns to a break', async () => {
    const { user, advance } = fakeTime();
    const plan = newGoal();
    wrap(
      <>
        <mod.SessionBar />
        <mod.StartTimer itemId={open(plan)[0]!.id} title={open(plan)[0]!.title} />
      </>,
    );
    await user.click(await screen.findByRole('button', { name: /Start a study timer/ }));
    await screen.findByText(/Focus 1 · break at/);
    await advance(25 * 60_000 + 2_000);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Time for a 5-minute break.'));
    expect(screen.getByText(/Break · back at/)).toBeTruthy();
  });

  it('asks before logging a timer left running for hours, and logs what the learner says', async () => {
    const { user, advance } = fakeTime();
    const plan = newGoal();
    ui.call('startSession', { itemId: open(plan)[1]!.id });
    wrap(<mod.SessionBar />);
    await screen.findByRole('region', { name: 'Study timer' });
    await advance(5 * 3_600_000);
    await user.click(screen.getByRole('button', { name: 'Stop and log' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/ran for 5 h; was it left running\?/);
    expect(timeEntries(plan.goal.id)).toEqual([]);
    await user.type(screen.getByLabelText('Minutes to log'), '50');
    await user.click(screen.getByRole('button', { name: 'Log 50 min' }));
    await waitFor(() => expect(timeEntries(plan.goal.id).map((e) => e.minutes)).toEqual([50]));
  });

  it('shows a session started elsewhere (another window, the CLI, before a restart)', async () => {
    fakeTime();
    const plan = newGoal();
    ui.call('startSession', { itemId: open(plan)[2]!.id });
    wrap(<mod.SessionBar />);
    const bar = await screen.findByRole('region', { name: 'Study timer' });
    expect(within(bar).getByText(open(plan)[2]!.title)).toBeTruthy();
  });
});

describe('study rhythm settings', () => {
  it('open with what is saved, and save days, time and quiet hours', async () => {
    const user = userEvent.setup();
    ui.call('setRhythm', { reminders: { days: ['tue'], time: '07:30' } });
    const onClose = vi.fn();
    wrap(<mod.RhythmDialog shell="preview" onClose={onClose} notify={() => undefined} />);
    const time = (await screen.findByLabelText('At')) as HTMLInputElement;
    await waitFor(() => expect(time.value).toBe('07:30'));
    expect((screen.getByLabelText('Tue') as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByLabelText('Sat'));
    await user.clear(time);
    await user.type(time, '19:15');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const saved = ui.call('getRhythm', {}) as { settings: { reminders: unknown } };
    expect(saved.settings.reminders).toEqual({ days: ['tue', 'sat'], time: '19:15' });
  });

  it('name the problem and save nothing when the time falls in the quiet hours', async () => {
    const user = userEvent.setup();
    ui.call('setRhythm', { reminders: { days: ['mon'], time: '23:00' } });
    const onClose = vi.fn();
    wrap(<mod.RhythmDialog shell="desktop" onClose={onClose} notify={() => undefined} />);
    await waitFor(() => expect((screen.getByLabelText('At') as HTMLInputElement).value).toBe('23:00'));
    await user.click(screen.getByLabelText('Quiet hours'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('reminders.time: 23:00 falls inside your quiet hours (22:00–07:00)');
    expect(onClose).not.toHaveBeenCalled();
    expect((ui.call('getRhythm', {}) as { settings: { reminders: unknown } }).settings.reminders).toEqual({ days: ['mon'], time: '23:00' });
  });
});

describe('revisits and the weekly review', () => {
  it('show due revisits with notes and skills; Good reschedules, Again offers to reopen', async () => {
    const user = userEvent.setup();
    const plan = newGoal();
    const [a, b] = open(plan);
    ui.call('setItemNotes', { itemId: a!.id, notes: 'conv = sliding dot product' });
    ui.call('setItemStatus', { itemId: a!.id, status: 'done' });
    ui.call('setItemStatus', { itemId: b!.id, status: 'done' });
    ui.clock.set('2027-06-01T10:00:00Z');
    wrap(<mod.Revisits goalId={plan.goal.id} notify={() => undefined} />);
    expect(await screen.findByText('conv = sliding dot product')).toBeTruthy();
    await user.click(screen.getAllByRole('group', { name: `How well do you remember ${a!.title}?` })[0]!.querySelector('button:nth-child(3)')!);
    await waitFor(() => expect(screen.queryByText('conv = sliding dot product')).toBeNull());
    const group = screen.getByRole('group', { name: `How well do you remember ${b!.title}?` });
    await user.click(within(group).getByRole('button', { name: 'Again' }));
    await user.click(await screen.findByRole('button', { name: 'Reopen it' }));
    await waitFor(() => expect((ui.call('getPlan', { goalId: plan.goal.id }) as PlanView).items.find((i) => i.id === b!.id)!.status).toBe('in-progress'));
    // Ten minutes each unless the learner says otherwise: counted as review time.
    expect(ui.call('reviewTime', { goalId: plan.goal.id })).toMatchObject({ totalMinutes: 20, revisitsGraded: 2 });
  });

  it('compares last week with the plan and stays away once dismissed', async () => {
    const user = userEvent.setup();
    ui.clock.set('2026-11-25T10:00:00Z');
    const plan = newGoal();
    ui.call('logTime', { itemId: open(plan)[0]!.id, minutes: 95 });
    ui.clock.set('2026-11-29T18:00:00Z'); // Sunday, the default review day
    const onClose = vi.fn();
    wrap(<mod.WeeklyReview goalId={plan.goal.id} onClose={onClose} notify={() => undefined} />);
    expect(await screen.findByText('Nov 22, 2026 to Nov 28, 2026')).toBeTruthy();
    expect(screen.getByText('6 h')).toBeTruthy(); // planned: 6 h a week
    expect(screen.getByText('1 h 35 min')).toBeTruthy(); // done: 95 minutes
    await user.click(screen.getByRole('button', { name: 'Done for this week' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect((ui.call('weeklyReview', { goalId: plan.goal.id }) as { due: boolean }).due).toBe(false);
  });
});
