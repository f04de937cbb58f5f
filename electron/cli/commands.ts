import { FRAMEWORK_LABEL } from '../../shared/profile';
import { credentialProgressText } from '../../shared/credential-progress';
import { ServiceError } from '../../shared/contract/results';
import { readImportFile, writeFileAtomic } from '../core/files/atomic';
import { listBackups } from '../core/store/backup';
import { restoreBackup } from '../core/store/restore';
import type { Service } from '../core/service/index';
import { FIX_COMMANDS } from './fix-commands';
import { clean, goalJson, hours, table } from './format';
import { RHYTHM_COMMANDS } from './rhythm-commands';
import { CliError, expectArgs, json, parseId, parseNumber, readJson, unwrap, str, type Io } from './io';

export interface Command {
  usage: string;
  options?: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  /** Loads the exporters before running. */
  exports?: boolean;
  run?(ctx: { service: Service; io: Io; args: string[]; flags: Record<string, unknown> }): Promise<void> | void;
  /** For commands that must run with no connection open, such as swapping the database file. */
  withoutDatabase?(ctx: { io: Io; args: string[]; dataDir: string; flags: Record<string, unknown> }): void;
}

/** The catch-up options, one per line with its figure, and the plain verdict when none is enough. */
function catchUpLines(t: { options: { text: string }[]; advice: string | null }): string {
  return t.options.map((o) => `  - ${o.text}\n`).join('') + (t.advice ? `  ${t.advice}\n` : '');
}

async function profileFrom(io: Io, flags: Record<string, unknown>): Promise<unknown> {
  const path = str(flags.profile);
  if (!path) throw new CliError('--profile FILE is required (use - to read standard input)');
  return readJson(path, io.stdin, 'profile');
}

export const COMMANDS: Record<string, Command> = {
  ...FIX_COMMANDS,
  recommend: {
    usage: 'recommend --profile FILE|-',
    options: { profile: { type: 'string' } },
    async run({ service, io, args, flags }) {
      expectArgs(args, []);
      json(io, unwrap(service.call('recommend', { profile: await profileFrom(io, flags) })));
    },
  },
  'goal create': {
    usage: 'goal create --profile FILE|- [--title T] [--framework tensorflow|pytorch]',
    options: { profile: { type: 'string' }, title: { type: 'string' }, framework: { type: 'string' } },
    async run({ service, io, args, flags }) {
      expectArgs(args, []);
      const plan = unwrap(
        service.call('createGoal', {
          profile: await profileFrom(io, flags),
          ...(flags.title !== undefined ? { title: flags.title } : {}),
          ...(flags.framework !== undefined ? { framework: flags.framework } : {}),
        }),
      );
      json(io, goalJson(plan));
    },
  },
  'goal list': {
    usage: 'goal list [--all] [--json]',
    options: { all: { type: 'boolean' }, json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      const goals = unwrap(service.call('listGoals', { includeArchived: flags.all === true }));
      if (flags.json) return void json(io, goals);
      if (goals.length === 0) return void io.stdout.write('No goals yet. Create one with: pathwise goal create --profile FILE\n');
      io.stdout.write(
        table(goals, [
          { header: 'ID', value: (g) => g.id, align: 'right' },
          { header: 'TITLE', value: (g) => g.title + (g.archived ? ' (archived)' : '') },
          { header: 'FRAMEWORK', value: (g) => FRAMEWORK_LABEL[g.framework] },
          { header: 'DONE', value: (g) => `${g.percentDone}%`, align: 'right' },
          { header: 'ITEMS', value: (g) => `${g.itemsDone}/${g.itemsTotal}`, align: 'right' },
          { header: 'FINISH', value: (g) => g.finishDate },
          { header: 'TARGET', value: (g) => g.targetDate ?? '-' },
        ]),
      );
    },
  },
  'goal archive': {
    usage: 'goal archive GOAL [--undo]',
    options: { undo: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['GOAL']);
      json(io, unwrap(service.call('archiveGoal', { goalId: parseId(args[0], 'GOAL'), archived: flags.undo !== true })));
    },
  },
  'goal delete': {
    usage: 'goal delete GOAL',
    run({ service, io, args }) {
      expectArgs(args, ['GOAL']);
      json(io, unwrap(service.call('deleteGoal', { goalId: parseId(args[0], 'GOAL') })));
    },
  },
  'plan show': {
    usage: 'plan show GOAL [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['GOAL']);
      const plan = unwrap(service.call('getPlan', { goalId: parseId(args[0], 'GOAL') }));
      if (flags.json) {
        return void json(io, {
          goal: plan.goal,
          items: plan.items.map((i) => ({
            id: i.id,
            resourceId: i.resourceId,
            title: i.title,
            kind: i.kind,
            framework: i.framework,
            hours: i.hours,
            status: i.status,
            startWeek: i.startWeek,
            endWeek: i.endWeek,
            prerequisites: i.prerequisites,
            reason: i.reason,
            partOf: i.partOf,
          })),
          finishDate: plan.finishDate,
          paceFinishDate: plan.paceFinishDate,
        });
      }
      const g = plan.goal;
      io.stdout.write(`${clean(g.title)} — ${FRAMEWORK_LABEL[g.framework]}, ${g.hoursPerWeek} h a week from ${g.startDate}\n\n`);
      io.stdout.write(
        table(plan.items, [
          { header: 'ITEM', value: (i) => i.id, align: 'right' },
          { header: 'WEEKS', value: (i) => (i.startWeek === i.endWeek ? `${i.startWeek}` : `${i.startWeek}-${i.endWeek}`), align: 'right' },
          { header: 'STATUS', value: (i) => i.status },
          { header: 'TITLE', value: (i) => i.title, max: 56 },
          { header: 'KIND', value: (i) => i.kind },
          { header: 'HOURS', value: (i) => hours(i.hours, i.hoursEstimated), align: 'right' },
          { header: 'RESOURCE', value: (i) => i.resourceId, max: 32 },
          { header: 'WHY', value: (i) => i.reason + (i.partOf && !i.reason.includes(i.partOf.title) ? ` (part of ${i.partOf.title})` : ''), max: 90 },
        ]),
      );
      io.stdout.write(`\n* estimated hours. Projected finish: ${plan.finishDate}.`);
      if (plan.paceFinishDate) io.stdout.write(` At your pace over the last 4 weeks: ${plan.paceFinishDate}.`);
      if (plan.target && !plan.target.met) {
        io.stdout.write(` Target ${plan.target.targetDate} missed by ${plan.target.daysLate} days. To catch up:\n`);
        io.stdout.write(catchUpLines(plan.target));
      }
      io.stdout.write('\n');
    },
  },
  'plan alternatives': {
    usage: 'plan alternatives ITEM [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['ITEM']);
      const alt = unwrap(service.call('itemAlternatives', { itemId: parseId(args[0], 'ITEM') }));
      if (flags.json) return void json(io, alt);
      if (alt.alternatives.length === 0) return void io.stdout.write('No alternatives in the catalog teach the same ground.\n');
      io.stdout.write(`Other ways to learn ${alt.topics.map((t) => t.title).join(', ')}:\n\n`);
      io.stdout.write(
        table(alt.alternatives, [
          { header: 'RESOURCE', value: (a) => a.resourceId, max: 32 },
          { header: 'TITLE', value: (a) => a.title + (a.partOf ? ` (part of ${a.partOf.title})` : ''), max: 70 },
          { header: 'FORMAT', value: (a) => a.format },
          { header: 'COST', value: (a) => a.cost },
          { header: 'HOURS', value: (a) => hours(a.hours, a.hoursEstimated), align: 'right' },
          { header: 'UNVERIFIED', value: (a) => a.unverified.join(', ') || '-' },
        ]),
      );
      io.stdout.write('\nSwap one in with: pathwise plan swap ITEM RESOURCE\n');
    },
  },
  'plan swap': {
    usage: 'plan swap ITEM RESOURCE',
    run({ service, io, args }) {
      expectArgs(args, ['ITEM', 'RESOURCE']);
      const itemId = parseId(args[0], 'ITEM');
      const plan = unwrap(service.call('swapPlanItem', { itemId, resourceId: args[1] }));
      const item = plan.items.find((i) => i.id === itemId)!;
      json(io, {
        item: { id: item.id, resourceId: item.resourceId, title: item.title, status: item.status, minutesLogged: item.minutesLogged, reason: item.reason },
        items: plan.items.length,
        totalHours: plan.totalHours,
        finishDate: plan.finishDate,
      });
    },
  },
  'plan add': {
    usage: 'plan add GOAL RESOURCE',
    run({ service, io, args }) {
      expectArgs(args, ['GOAL', 'RESOURCE']);
      const out = unwrap(service.call('addToPlan', { goalId: parseId(args[0], 'GOAL'), resourceId: args[1] }));
      json(io, { added: out.added, items: out.plan.items.length, finishDate: out.plan.finishDate });
    },
  },
  'item status': {
    usage: 'item status ITEM not-started|in-progress|done|skipped',
    run({ service, io, args }) {
      expectArgs(args, ['ITEM', 'STATUS']);
      const { effects, ...item } = unwrap(service.call('setItemStatus', { itemId: parseId(args[0], 'ITEM'), status: args[1] }));
      // Every item's weeks are for redrawing a screen; the terminal shows the item and the new finish.
      const { weeks: _weeks, ...plan } = effects;
      json(io, { ...item, plan });
    },
  },
  'item log': {
    usage: 'item log ITEM --minutes N [--note T] [--day YYYY-MM-DD]',
    options: { minutes: { type: 'string' }, note: { type: 'string' }, day: { type: 'string' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['ITEM']);
      json(
        io,
        unwrap(
          service.call('logTime', {
            itemId: parseId(args[0], 'ITEM'),
            minutes: parseNumber(str(flags.minutes), '--minutes'),
            ...(flags.note !== undefined ? { note: flags.note } : {}),
            ...(flags.day !== undefined ? { day: flags.day } : {}),
          }),
        ),
      );
    },
  },
  'item notes': {
    usage: 'item notes ITEM TEXT',
    run({ service, io, args }) {
      expectArgs(args, ['ITEM', 'TEXT']);
      json(io, unwrap(service.call('setItemNotes', { itemId: parseId(args[0], 'ITEM'), notes: args[1] })));
    },
  },
  progress: {
    usage: 'progress GOAL [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['GOAL']);
      const p = unwrap(service.call('progressSummary', { goalId: parseId(args[0], 'GOAL') }));
      if (flags.json) return void json(io, p);
      const lines = [
        `Done: ${p.percentDone}% (${p.hoursDone} of ${p.hoursPlanned} planned hours; ${p.itemsDone} of ${p.itemsTotal} items)`,
        `Logged: ${p.hoursLogged} h. Streak: ${p.streakDays} day${p.streakDays === 1 ? '' : 's'}.`,
        `Projected finish: ${p.projectedFinish}` +
          (p.targetDate ? ` (target ${p.targetDate}: ${p.onTrack ? 'on track' : `behind by ${p.daysLate} days`})` : ''),
      ];
      if (p.paceFinishDate) lines.push(`At your pace over the last 4 weeks (${p.paceHoursPerWeek} h a week): ${p.paceFinishDate}`);
      if (p.recovery) lines.push('To catch up:', catchUpLines(p.recovery).trimEnd());
      for (const m of p.milestones) lines.push(`  ${m.title}: ${m.percentDone}% of ${m.hours} h, by ${m.date}`);
      for (const c of p.certificates) lines.push(`  ${c.title}: ${credentialProgressText(c)}`);
      io.stdout.write(lines.join('\n') + '\n');
    },
  },
  'resource add': {
    usage: 'resource add --title T --url U --hours H [--framework F] [--prereq ID]... [--topic ID]...',
    options: {
      title: { type: 'string' },
      url: { type: 'string' },
      hours: { type: 'string' },
      framework: { type: 'string' },
      level: { type: 'string' },
      prereq: { type: 'string', multiple: true },
      topic: { type: 'string', multiple: true },
    },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      if (flags.title === undefined) throw new CliError('--title is required');
      if (flags.url === undefined) throw new CliError('--url is required');
      json(
        io,
        unwrap(
          service.call('addCustomResource', {
            title: flags.title,
            url: flags.url,
            hours: parseNumber(str(flags.hours), '--hours'),
            ...(flags.framework !== undefined ? { framework: flags.framework } : {}),
            ...(flags.level !== undefined ? { level: flags.level } : {}),
            prerequisites: (flags.prereq as string[] | undefined) ?? [],
            topics: (flags.topic as string[] | undefined) ?? [],
          }),
        ),
      );
    },
  },
  'resource list': {
    usage: 'resource list [--json]',
    options: { json: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, []);
      const all = unwrap(service.call('listResources', { includeRetired: true }));
      if (flags.json) return void json(io, all);
      io.stdout.write(
        table(all, [
          { header: 'RESOURCE', value: (r) => r.id, max: 34 },
          { header: 'TITLE', value: (r) => r.title, max: 56 },
          { header: 'FRAMEWORK', value: (r) => r.framework },
          { header: 'HOURS', value: (r) => hours(r.hours, r.hoursSource === 'estimate'), align: 'right' },
          { header: 'STATUS', value: (r) => (r.replacementId ? `${r.status} → ${r.replacementId}` : r.status), max: 40 },
        ]),
      );
    },
  },
  export: {
    usage: 'export GOAL --format md|json|csv|ics|html [--out FILE] [--reminders]',
    exports: true,
    options: { format: { type: 'string' }, out: { type: 'string' }, reminders: { type: 'boolean' } },
    run({ service, io, args, flags }) {
      expectArgs(args, ['GOAL']);
      if (flags.format === undefined) throw new CliError('--format is required: md, json, csv, ics or html');
      const out = unwrap(service.call('exportGoal', { goalId: parseId(args[0], 'GOAL'), format: flags.format, reminders: flags.reminders === true }));
      if (typeof flags.out === 'string') {
        try {
          writeFileAtomic(flags.out, out.content);
        } catch (e) {
          throw new CliError(`cannot write ${flags.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 1);
        }
        io.stderr.write(`wrote ${flags.out}\n`);
      } else io.stdout.write(out.content);
    },
  },
  import: {
    usage: 'import FILE',
    run({ service, io, args }) {
      expectArgs(args, ['FILE']);
      let content: string;
      try {
        content = readImportFile(args[0]!);
      } catch (e) {
        throw e instanceof ServiceError ? new CliError(e.message) : e;
      }
      const plan = unwrap(service.call('importGoal', { content }));
      json(io, { ...plan.goal, items: plan.items.length, finishDate: plan.finishDate });
    },
  },
  'backup list': {
    usage: 'backup list [--json]',
    options: { json: { type: 'boolean' } },
    // Reads only the backups folder, so it works when the live database is damaged or missing.
    withoutDatabase({ io, args, dataDir, flags }) {
      expectArgs(args, []);
      const list = listBackups(dataDir);
      if (flags.json) return void json(io, list);
      if (!list.length) return void io.stdout.write('No backups yet. Make one with: pathwise backup create\n');
      io.stdout.write(
        table(list, [
          { header: 'NAME', value: (b) => b.name },
          { header: 'CREATED', value: (b) => b.createdAt.replace('T', ' ').slice(0, 19) },
          { header: 'REASON', value: (b) => b.reason },
          { header: 'SIZE', value: (b) => `${Math.ceil(b.bytes / 1024)} KB`, align: 'right' },
        ]),
      );
    },
  },
  'backup create': {
    usage: 'backup create',
    run({ service, io, args }) {
      expectArgs(args, []);
      json(io, unwrap(service.call('createBackup', {})));
    },
  },
  'backup restore': {
    usage: 'backup restore NAME',
    withoutDatabase({ io, args, dataDir }) {
      expectArgs(args, ['NAME']);
      json(io, restoreBackup(dataDir, args[0]!));
    },
  },
  'resource show': {
    usage: 'resource show RESOURCE',
    run({ service, io, args }) {
      expectArgs(args, ['RESOURCE']);
      json(io, unwrap(service.call('getResource', { resourceId: args[0] })));
    },
  },
  ...RHYTHM_COMMANDS,
};
