// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, describe, expect, it } from 'vitest';
import type { PathwiseApi } from '../../shared/contract/api';
import type { PlanView } from '../../shared/contract/views';
import { giveLayout } from './support';
import { profile } from '../support/answers';

interface HolderUi {
  api: PathwiseApi;
  call(method: string, input: unknown): unknown;
  damage(): void;
  recovery(): { problem: string } | null;
  close(): void;
}

// The bridge needs Node's types; the path is a variable so the page's type check does not follow it.
const bridge = '../support/holder-ui-service';
giveLayout();
const ui = ((await import(/* @vite-ignore */ bridge)) as { createHolderUiService(): HolderUi }).createHolderUiService();
window.pathwise = ui.api;
const { App } = await import('../../renderer/src/App');
const { RecoveryGate } = await import('../../renderer/src/screens/Recovery');
afterAll(() => ui.close());

describe('damage found during a session', () => {
  it('takes the window to the recovery screen with the backups, instead of failing screen by screen', async () => {
    const plan = ui.call('createGoal', {
      title: 'Goal in danger',
      profile: profile({ pythonLevel: 'fluent', mlLevel: 'experienced' }),
    }) as PlanView;
    ui.call('createBackup', {});
    window.history.replaceState(null, '', `#goal=${plan.goal.id}&tab=plan`);
    render(
      <RecoveryGate>
        <App />
      </RecoveryGate>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Goal in danger' });
    ui.damage();
    // Ticking an item off is the learner's next write; SQLite meets the damaged pages on the way.
    await userEvent.setup().click(screen.getAllByRole('checkbox', { name: /done/i })[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Pathwise cannot use its database' })).toBeTruthy();
    expect(ui.recovery()?.problem).toMatch(/The database is damaged/);
    expect(screen.getByRole('alert').textContent).toBe(ui.recovery()!.problem);
    expect(await screen.findByRole('list', { name: 'Backups, newest first' })).toBeTruthy();
  });
});
