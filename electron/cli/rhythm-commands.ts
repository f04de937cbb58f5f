import type { Command } from './commands';
import { table } from './format';
import { CliError, expectArgs, json, parseId, unwrap, type Io } from './io';

const line = (io: Io, text: string): void => void io.stdout.write(`${text}\n`);

function minutesFlag(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > 1440) throw new CliError('--minutes: give whole minutes from 1 to 1440');
  return n;
}

/** `22:00-07:00` → { from, to }; the service checks the times themselves. */
function quietFlag(value: unknown): { from: string; to: string } | undefined {
  if (value === undefined) return undefined;
  const m = /^([^-]+)-([^-]+)$/.exec(String(value));
  if (!m) throw new CliError('--quiet: write the quiet hours as HH:MM-HH:MM, for example 22:00-07:00');
  return { from: m[1]!, to: m[2]! };
}

export const RHYTHM_COMMANDS: Record<string, Command> = {
  'session start': {
    usage: 'session start ITEM',
    run({ service, io, args }) {
      expectArgs(args, ['ITEM']);
      const s = unwrap(service.call('startSession', { itemId: parseId(args[0], 'ITEM') }));
      line(io, `Started a study session on "${s.title}". Stop it with: pathwise session stop`);
    },
  },
  'session stop': {
    usage: 'session stop [--minutes N] [--note T] [--confirm]',
    options: { minutes: { type: 'string' }, note: { type: 'string' }, confirm: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      const minutes = minutesFlag(flags.minutes);
      const r = unwrap(
        service.call('stopSession', {
          ...(minutes !== undefined ? { minutes } : {}),
          ...(typeof flags.note === 'string' ? { note: flags.note } : {}),
          confirm: flags.confirm === true,
        }),
      );
      if (r.outcome === 'logged') return line(io, `Logged ${r.minutes} min on ${r.day}.`);
      if (r.outcome === 'ignored') return line(io, `Nothing logged: ${r.reason}.`);
      line(io, `Not logged yet: ${r.reason} Log it with --confirm, or give the real time with --minutes N.`);
    },
  },
  'session status': {
    usage: 'session status [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      const s = unwrap(service.call('sessionStatus', {}));
      if (flags.json) return json(io, s);
      if (!s) return line(io, 'No study session is running. Start one with: pathwise session start ITEM');
      const rhythm = s.focus ? ` (${s.focus.phase}, round ${s.focus.round}; next turn at ${s.focus.nextTurnAt.slice(11, 16)} UTC)` : '';
      line(io, `Studying "${s.title}" for ${s.elapsedMinutes} min${rhythm}.`);
    },
  },
  'reminders set': {
    usage: 'reminders set --days mon,wed,sat --time HH:MM [--quiet HH:MM-HH:MM]',
    options: { days: { type: 'string' }, time: { type: 'string' }, quiet: { type: 'string' } },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      if (typeof flags.days !== 'string') throw new CliError('--days is required, for example --days mon,wed,sat');
      if (typeof flags.time !== 'string') throw new CliError('--time is required, for example --time 19:00');
      const quiet = quietFlag(flags.quiet);
      const view = unwrap(
        service.call('setRhythm', {
          reminders: { days: flags.days.split(',').map((d) => d.trim().toLowerCase()), time: flags.time, ...(quiet ? { quiet } : {}) },
        }),
      );
      line(
        io,
        `Reminders on. Next: ${view.next
          .slice(0, 3)
          .map((n) => n.local)
          .join(', ')} (${view.zone}).`,
      );
    },
  },
  'reminders show': {
    usage: 'reminders show [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      const view = unwrap(service.call('getRhythm', {}));
      if (flags.json) return json(io, view);
      const r = view.settings.reminders;
      if (!r) return line(io, 'Reminders are off. Turn them on with: pathwise reminders set --days mon,wed,sat --time 19:00');
      line(io, `Reminders on ${r.days.join(', ')} at ${r.time} (${view.zone})${r.quiet ? `, quiet ${r.quiet.from}–${r.quiet.to}` : ''}.`);
      line(io, 'Next:');
      for (const n of view.next) line(io, `  ${n.local}`);
      line(io, 'They appear while Pathwise runs; to be reminded without it, export your plan as a calendar with reminders.');
    },
  },
  'reminders snooze': {
    usage: 'reminders snooze [--minutes N]',
    options: { minutes: { type: 'string' } },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      const minutes = minutesFlag(flags.minutes) ?? 10;
      const r = unwrap(service.call('snoozeReminder', { minutes }));
      line(io, `Snoozed: the reminder comes back at ${new Date(r.until).toLocaleString()}.`);
    },
  },
  'reminders off': {
    usage: 'reminders off',
    run({ service, io, args }) {
      expectArgs(args, []);
      unwrap(service.call('setRhythm', { reminders: null }));
      line(io, 'Reminders are off.');
    },
  },
  'review due': {
    usage: 'review due [GOAL] [--on YYYY-MM-DD] [--json]',
    options: { on: { type: 'string' }, json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      if (args.length > 1) throw new CliError(`unexpected argument "${args[1]}"`);
      const due = unwrap(
        service.call('dueRevisits', {
          ...(args[0] !== undefined ? { goalId: parseId(args[0], 'GOAL') } : {}),
          ...(flags.on !== undefined ? { on: flags.on } : {}),
        }),
      );
      if (flags.json)
        return json(
          io,
          due.map((d) => ({ id: d.id, itemId: d.itemId, goalId: d.goalId, title: d.title, due: d.due })),
        );
      if (due.length === 0) return line(io, 'No revisits due.');
      io.stdout.write(
        table(due, [
          { header: 'REVIEW', value: (d) => d.id, align: 'right' },
          { header: 'ITEM', value: (d) => d.itemId, align: 'right' },
          { header: 'TITLE', value: (d) => d.title },
          { header: 'DUE', value: (d) => d.due },
        ]),
      );
      line(io, 'Grade each with: pathwise review grade REVIEW again|hard|good|easy');
    },
  },
  'review grade': {
    usage: 'review grade REVIEW again|hard|good|easy [--minutes N]',
    options: { minutes: { type: 'string' } },
    run({ service, io, args, flags }) {
      if (args.length < 2) throw new CliError(args.length === 0 ? 'missing REVIEW and GRADE' : 'missing GRADE (again, hard, good or easy)');
      if (args.length > 2) throw new CliError(`unexpected argument "${args[2]}"`);
      const minutes = minutesFlag(flags.minutes);
      const r = unwrap(service.call('gradeRevisit', { revisitId: parseId(args[0], 'REVIEW'), grade: args[1], ...(minutes !== undefined ? { minutes } : {}) }));
      line(io, `Next revisit: ${r.nextDue} (in ${r.intervalDays} day${r.intervalDays === 1 ? '' : 's'}).`);
      if (args[1] === 'again') line(io, `To study it again: pathwise item status ${r.itemId} in-progress`);
    },
  },
};
