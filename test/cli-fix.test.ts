import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profile, tempDir } from './helpers';

const BIN = join(import.meta.dirname, '..', 'electron', 'cli', 'bin.mjs');

function cli(dataDir: string, args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, PATHWISE_DATA_DIR: dataDir } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const daysFromToday = (n: number) => localDay(new Date(Date.now() + n * 86_400_000));

function withGoal() {
  const dir = tempDir();
  const created = cli(
    dir,
    ['goal', 'create', '--profile', '-', '--title', 'Vision'],
    JSON.stringify(profile({ pythonLevel: 'fluent', mlLevel: 'experienced' })),
  );
  expect(created.code, created.stderr).toBe(0);
  const items = JSON.parse(cli(dir, ['plan', 'show', '1', '--json']).stdout).items as { id: number; status: string; resourceId: string }[];
  return { dir, items: items.filter((i) => i.status !== 'skipped') };
}

// Each command is a fresh Node process (about a second here), and these run a dozen or more.
describe('pathwise goal set', { timeout: 120_000 }, () => {
  it('changes hours, dates, framework and title, re-plans and keeps statuses, time and notes', () => {
    const { dir, items } = withGoal();
    const [a, b] = items;
    expect(cli(dir, ['item', 'status', String(a!.id), 'done']).code).toBe(0);
    expect(cli(dir, ['item', 'log', String(b!.id), '--minutes', '40']).code).toBe(0);
    expect(cli(dir, ['item', 'notes', String(b!.id), 'halfway']).code).toBe(0);
    const before = JSON.parse(cli(dir, ['plan', 'show', '1', '--json']).stdout);

    const target = daysFromToday(400);
    const set = cli(dir, ['goal', 'set', '1', '--hours-per-week', '12', '--target-date', target, '--title', 'Vision, faster', '--framework', 'pytorch']);
    expect(set.code, set.stderr).toBe(0);
    const goal = JSON.parse(set.stdout);
    expect(goal).toMatchObject({ id: 1, title: 'Vision, faster', hoursPerWeek: 12, targetDate: target, framework: 'pytorch' });
    expect(goal.profile.hoursPerWeek).toBe(12);
    expect(goal.finishDate < before.finishDate).toBe(true);

    const after = JSON.parse(cli(dir, ['plan', 'show', '1', '--json']).stdout).items as { id: number; status: string }[];
    expect(after.find((i) => i.id === a!.id)?.status).toBe('done');
    expect(after.find((i) => i.id === b!.id)?.status).toBe('in-progress');
    expect(JSON.parse(cli(dir, ['log', 'list', '1', '--json']).stdout)).toEqual([
      { id: expect.any(Number), itemId: b!.id, day: localDay(new Date()), minutes: 40, note: '' },
    ]);

    const none = JSON.parse(cli(dir, ['goal', 'set', '1', '--target-date', 'none', '--framework', 'recommended']).stdout);
    expect(none).toMatchObject({ targetDate: null, framework: none.recommendedFramework, hoursPerWeek: 12 });
  });

  it('refuses bad values with exit 2 and one line naming the field, changing nothing', () => {
    const { dir } = withGoal();
    const before = cli(dir, ['goal', 'list', '--json']).stdout;
    const cases: [string[], RegExp][] = [
      [['--hours-per-week', '61'], /^hoursPerWeek: must be at most 60 hours a week$/],
      [['--hours-per-week', '0'], /^hoursPerWeek: must be at least 1 hour a week$/],
      [['--target-date', '2020-01-01', '--start-date', '2019-06-01'], /^targetDate: 2020-01-01 is in the past/],
      [['--start-date', daysFromToday(30), '--target-date', daysFromToday(10)], /^targetDate must come after startDate$|targetDate/],
      [['--framework', 'jax'], /^--framework: must be tensorflow, pytorch or recommended, got "jax"$/],
      [['--start-date', '2026-02-30'], /^startDate: is not a real calendar date$/],
      [[], /^nothing to change/],
    ];
    for (const [flags, message] of cases) {
      const r = cli(dir, ['goal', 'set', '1', ...flags]);
      expect(r.code, flags.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim().replace(/^pathwise: /, '')).toMatch(message);
    }
    expect(cli(dir, ['goal', 'list', '--json']).stdout).toBe(before);
  });
});

describe('pathwise item remove and log list / edit / delete', { timeout: 120_000 }, () => {
  it('removes an item keeping its time, corrects and deletes entries, and refuses the future', () => {
    const { dir, items } = withGoal();
    const [a, b] = items;
    cli(dir, ['item', 'log', String(a!.id), '--minutes', '30', '--day', daysFromToday(-2), '--note', 'first try']);
    cli(dir, ['item', 'log', String(a!.id), '--minutes', '30', '--day', daysFromToday(-2)]);
    cli(dir, ['item', 'log', String(b!.id), '--minutes', '25']);
    const entries = JSON.parse(cli(dir, ['log', 'list', '1', '--json']).stdout) as { id: number; itemId: number; day: string; minutes: number; note: string }[];
    expect(entries.map((e) => [e.itemId, e.day, e.minutes])).toEqual([
      [b!.id, daysFromToday(0), 25],
      [a!.id, daysFromToday(-2), 30],
      [a!.id, daysFromToday(-2), 30],
    ]);
    expect(cli(dir, ['log', 'list', '1']).stdout).toMatch(/ENTRY\s+ITEM\s+DAY\s+MINUTES\s+NOTE/);

    const twice = entries[1]!;
    const first = entries[2]!;
    expect(JSON.parse(cli(dir, ['log', 'delete', String(twice.id)]).stdout)).toMatchObject({ deleted: twice.id, minutes: 30 });
    expect(JSON.parse(cli(dir, ['log', 'edit', String(first.id), '--minutes', '45', '--note', 'fixed']).stdout)).toMatchObject({
      id: first.id,
      minutes: 45,
      note: 'fixed',
      day: daysFromToday(-2),
    });
    const progress = JSON.parse(cli(dir, ['progress', '1', '--json']).stdout);
    expect(progress.hoursLogged).toBe(Math.round(((45 + 25) / 60) * 10) / 10);

    const future = cli(dir, ['log', 'edit', String(first.id), '--day', daysFromToday(3)]);
    expect(future.code).toBe(2);
    expect(future.stderr).toMatch(/day: .* is in the future/);
    const futureLog = cli(dir, ['item', 'log', String(a!.id), '--minutes', '5', '--day', daysFromToday(1)]);
    expect(futureLog.code).toBe(2);

    const removed = cli(dir, ['item', 'remove', String(a!.id)]);
    expect(removed.code, removed.stderr).toBe(0);
    const shown = JSON.parse(cli(dir, ['plan', 'show', '1', '--json']).stdout).items as { id: number }[];
    expect(shown.map((i) => i.id)).not.toContain(a!.id);
    expect(JSON.parse(cli(dir, ['log', 'list', '1', '--json']).stdout).map((e: { id: number }) => e.id)).toContain(first.id);
    expect(cli(dir, ['item', 'remove', String(a!.id)]).code).toBe(2);
    expect(cli(dir, ['log', 'delete', '99999']).stderr).toMatch(/no log entry with id 99999/);
  });
});
