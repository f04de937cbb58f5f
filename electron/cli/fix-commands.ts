import type { PlanItem, WeekView } from '../../shared/contract/views';
import type { Command } from './commands';
import { goalJson, table } from './format';
import { CliError, expectArgs, json, parseId, parseNumber, readJson, unwrap, str } from './io';

const FRAMEWORK_CHOICES = ['tensorflow', 'pytorch', 'recommended'];

function weekLines(w: WeekView, title: string): string {
  const line = (i: PlanItem) => `  ${String(i.id).padStart(5)}  ${i.title} (${i.status}, ${i.hours} h)`;
  return (
    [
      `Week ${w.week} of "${title}", ${w.start} to ${w.end}: ${w.hoursLeft} h left of ${w.hoursPerWeek} h (${w.hoursLogged} h logged).`,
      ...(w.overdue.length ? ['Overdue:', ...w.overdue.map(line)] : []),
      w.items.length ? 'This week:' : 'Nothing else is scheduled this week.',
      ...w.items.map(line),
    ].join('\n') + '\n'
  );
}

/** Editing a goal and mending mistakes from the command line: the same service calls the app makes. */
export const FIX_COMMANDS: Record<string, Command> = {
  'goal set': {
    usage:
      'goal set GOAL [--title T] [--hours-per-week N] [--start-date D] [--target-date D|none] [--framework tensorflow|pytorch|recommended] [--profile FILE]',
    options: {
      title: { type: 'string' },
      'hours-per-week': { type: 'string' },
      'start-date': { type: 'string' },
      'target-date': { type: 'string' },
      framework: { type: 'string' },
      profile: { type: 'string' },
    },
    async run({ service, io, args, flags }) {
      expectArgs(args, ['GOAL']);
      const goalId = parseId(args[0], 'GOAL');
      const framework = str(flags.framework);
      if (framework !== undefined && !FRAMEWORK_CHOICES.includes(framework)) {
        throw new CliError(`--framework: must be tensorflow, pytorch or recommended, got "${framework}"`);
      }
      const hours = str(flags['hours-per-week']);
      const target = str(flags['target-date']);
      const input = {
        goalId,
        ...(flags.title !== undefined ? { title: flags.title } : {}),
        ...(hours !== undefined ? { hoursPerWeek: parseNumber(hours, '--hours-per-week') } : {}),
        ...(flags['start-date'] !== undefined ? { startDate: flags['start-date'] } : {}),
        ...(target !== undefined ? { targetDate: target === 'none' ? null : target } : {}),
        ...(framework !== undefined ? { framework } : {}),
        ...(typeof flags.profile === 'string' ? { profile: await readJson(flags.profile, io.stdin, 'profile') } : {}),
      };
      if (Object.keys(input).length === 1)
        throw new CliError('nothing to change: give at least one of --title, --hours-per-week, --start-date, --target-date, --framework, --profile');
      unwrap(service.call('updateGoal', input));
      json(io, goalJson(unwrap(service.call('getPlan', { goalId }))));
    },
  },
  week: {
    usage: 'week [GOAL] [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      if (args.length > 1) throw new CliError(`unexpected argument "${args[1]}"`);
      let goalId = args[0] === undefined ? undefined : parseId(args[0], 'GOAL');
      const goals = unwrap(service.call('listGoals', { includeArchived: goalId !== undefined }));
      goalId ??= goals[0]?.id;
      if (goalId === undefined) throw new CliError('no goals yet: create one with pathwise goal create --profile FILE');
      const w = unwrap(service.call('thisWeek', { goalId }));
      if (flags.json) return void json(io, w);
      io.stdout.write(weekLines(w, goals.find((g) => g.id === goalId)?.title ?? `goal ${goalId}`));
    },
  },
  'item remove': {
    usage: 'item remove ITEM',
    run({ service, io, args }) {
      expectArgs(args, ['ITEM']);
      const plan = unwrap(service.call('removeItem', { itemId: parseId(args[0], 'ITEM') }));
      json(io, { removed: Number(args[0]), items: plan.items.length, finishDate: plan.finishDate });
    },
  },
  'log list': {
    usage: 'log list GOAL [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['GOAL']);
      const entries = unwrap(service.call('listTimeEntries', { goalId: parseId(args[0], 'GOAL') })).map((e) => ({
        id: e.id,
        itemId: e.itemId,
        day: e.day,
        minutes: e.minutes,
        note: e.note,
      }));
      if (flags.json) return void json(io, entries);
      if (!entries.length) return void io.stdout.write('No time logged yet. Log some with: pathwise item log ITEM --minutes N\n');
      io.stdout.write(
        table(entries, [
          { header: 'ENTRY', value: (e) => e.id, align: 'right' },
          { header: 'ITEM', value: (e) => e.itemId, align: 'right' },
          { header: 'DAY', value: (e) => e.day },
          { header: 'MINUTES', value: (e) => e.minutes, align: 'right' },
          { header: 'NOTE', value: (e) => e.note, max: 60 },
        ]),
      );
    },
  },
  'log edit': {
    usage: 'log edit ENTRY [--minutes N] [--day YYYY-MM-DD] [--note T]',
    options: { minutes: { type: 'string' }, day: { type: 'string' }, note: { type: 'string' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['ENTRY']);
      const minutes = str(flags.minutes);
      const input = {
        entryId: parseId(args[0], 'ENTRY'),
        ...(minutes !== undefined ? { minutes: parseNumber(minutes, '--minutes') } : {}),
        ...(flags.day !== undefined ? { day: flags.day } : {}),
        ...(flags.note !== undefined ? { note: flags.note } : {}),
      };
      if (Object.keys(input).length === 1) throw new CliError('nothing to change: give --minutes, --day or --note');
      json(io, unwrap(service.call('editTimeEntry', input)));
    },
  },
  'log delete': {
    usage: 'log delete ENTRY',
    run({ service, io, args }) {
      expectArgs(args, ['ENTRY']);
      const entry = unwrap(service.call('deleteTimeEntry', { entryId: parseId(args[0], 'ENTRY') }));
      json(io, { deleted: entry.id, itemId: entry.itemId, day: entry.day, minutes: entry.minutes });
    },
  },
};
