import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profile, tempDir } from '../helpers';

const BIN = join(import.meta.dirname, '..', '..', 'electron', 'cli', 'bin.mjs');

function cli(dataDir: string, args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, PATHWISE_DATA_DIR: dataDir } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The local calendar day the child process will use (TZ is pinned for the tests). */
const today = () => new Date().toLocaleDateString('en-CA');

function goalWithItem(dir: string): { itemId: number; title: string } {
  const file = join(dir, 'profile.json');
  writeFileSync(file, JSON.stringify(profile()));
  expect(cli(dir, ['goal', 'create', '--profile', file]).code).toBe(0);
  const plan = JSON.parse(cli(dir, ['plan', 'show', '1', '--json']).stdout) as { items: { id: number; title: string; status: string }[] };
  const item = plan.items.find((i) => i.status === 'not-started')!;
  return { itemId: item.id, title: item.title };
}

describe('study rhythm from the CLI, end to end', () => {
  it('runs a session, logs the given minutes and reports status', () => {
    const dir = tempDir();
    const { itemId, title } = goalWithItem(dir);
    expect(cli(dir, ['session', 'status']).stdout).toBe('No study session is running. Start one with: pathwise session start ITEM\n');
    const started = cli(dir, ['session', 'start', String(itemId)]);
    expect(started.code, started.stderr).toBe(0);
    expect(started.stdout).toContain(`"${title}"`);
    const status = JSON.parse(cli(dir, ['session', 'status', '--json']).stdout);
    expect(status).toMatchObject({ itemId, title, elapsedMinutes: 0, focus: { phase: 'focus', round: 1 } });
    const twice = cli(dir, ['session', 'start', String(itemId)]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain(`A session on "${title}" is already running`);
    expect(twice.stderr.trim().split('\n')).toHaveLength(1);
    const stopped = cli(dir, ['session', 'stop', '--minutes', '30', '--note', 'chapter 2']);
    expect(stopped.stdout).toBe(`Logged 30 min on ${today()}.\n`);
    const log = JSON.parse(cli(dir, ['progress', '1', '--json']).stdout);
    expect(log.hoursLogged).toBe(0.5);
  });

  it('ignores a session of a few seconds', () => {
    const dir = tempDir();
    const { itemId } = goalWithItem(dir);
    cli(dir, ['session', 'start', String(itemId)]);
    expect(cli(dir, ['session', 'stop']).stdout).toMatch(/^Nothing logged: the session lasted under 60 seconds\.\n$/);
  });

  it('sets, shows and turns off reminders', () => {
    const dir = tempDir();
    const set = cli(dir, ['reminders', 'set', '--days', 'mon,wed,sat', '--time', '19:00']);
    expect(set.code, set.stderr).toBe(0);
    const shown = JSON.parse(cli(dir, ['reminders', 'show', '--json']).stdout);
    expect(shown.settings.reminders).toEqual({ days: ['mon', 'wed', 'sat'], time: '19:00' });
    expect(shown.next).toHaveLength(5);
    for (const n of shown.next) {
      const d = new Date(n.at);
      expect([1, 3, 6]).toContain(d.getDay());
      expect([d.getHours(), d.getMinutes()]).toEqual([19, 0]);
      expect(d.getTime()).toBeGreaterThan(Date.now());
    }
    expect(cli(dir, ['reminders', 'snooze', '--minutes', '15']).stdout).toMatch(/^Snoozed: the reminder comes back at /);
    expect(cli(dir, ['reminders', 'off']).stdout).toBe('Reminders are off.\n');
    const off = cli(dir, ['reminders', 'snooze']);
    expect(off.code).toBe(2);
    expect(off.stderr.trim()).toBe('pathwise: Reminders are off, so there is nothing to snooze.');
    expect(JSON.parse(cli(dir, ['reminders', 'show', '--json']).stdout).next).toEqual([]);
  });

  it('grades a due revisit and prints the next date', () => {
    const dir = tempDir();
    const { itemId, title } = goalWithItem(dir);
    expect(cli(dir, ['item', 'status', String(itemId), 'done']).code).toBe(0);
    expect(cli(dir, ['review', 'due']).stdout).toBe('No revisits due.\n');
    const due = JSON.parse(cli(dir, ['review', 'due', '1', '--on', '2099-01-01', '--json']).stdout);
    expect(due).toEqual([{ id: 1, itemId, goalId: 1, title, due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }]);
    const graded = cli(dir, ['review', 'grade', '1', 'good']);
    expect(graded.code, graded.stderr).toBe(0);
    expect(graded.stdout).toMatch(/^Next revisit: \d{4}-\d{2}-\d{2} \(in \d+ days?\)\.\n$/);
  });

  it('refuses bad input with exit 2 and one line that names it', () => {
    const dir = tempDir();
    goalWithItem(dir);
    const cases: [string[], RegExp][] = [
      [['reminders', 'set', '--days', 'mon,funday', '--time', '19:00'], /reminders\.days: "funday" is not a day/],
      [['reminders', 'set', '--days', 'mon', '--time', '25:00'], /reminders\.time: "25:00" is not a time of day/],
      [['reminders', 'set', '--time', '19:00'], /--days is required/],
      [['review', 'grade', '77', 'good'], /revisitId: no revisit with id 77/],
      [['review', 'grade', '1', 'meh'], /grade: must be one of again, hard, good, easy/],
      [['review', 'due', '--on', '2026-02-30'], /on: is not a real calendar date/],
      [['session', 'stop', '--minutes', 'lots'], /--minutes: give whole minutes/],
    ];
    for (const [args, message] of cases) {
      const r = cli(dir, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });
});
