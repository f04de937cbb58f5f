import type { Database } from 'better-sqlite3';
import { contract, type Method, type Output, type ParsedInput } from '../../../shared/contract/contract';
import { describeIssue, ServiceError, type Result } from '../../../shared/contract/results';
import { OrderError } from '../../../shared/planner/order';
import { recommend } from '../../../shared/recommender/recommend';
import { Context, systemClock, type Clock } from './context';
import { archiveGoal, createGoal, deleteGoal, getGoal, listGoals, updateGoal } from './goals';
import { listLog, logTime, prepareItemWrites, reopenItem, setItemNotes, setItemStatus } from './items';
import { deleteTimeEntry, editTimeEntry, listTimeEntries, removeItem } from './corrections';
import { thisWeek } from './week';
import { addOwnResource } from './own-resource';
import { addToPlan, getPlan, getPlanLean, reorderPlan } from './plan-actions';
import { itemAlternatives, swapPlanItem } from './plan-swap';
import { previewPlan } from './preview-plan';
import { progressSummary } from './progress';
import { addCustomResource, editCustomResource, getResource, listResources } from './resources';
import type { exportGoal } from '../export/index';
import { importGoal } from '../import/import-goal';
import { createBackup, listBackups } from '../store/backup';
import { isCorruptionError, RESTORE_HINT } from '../store/errors';
import { planView } from './plan-store';
import * as rhythm from './rhythm';

type Handlers = { [M in Method]: (input: ParsedInput<M>) => Output<M> };

export interface Service {
  /** Validates `input` against the contract, runs the method, and answers errors as data. */
  call<M extends Method>(method: M, input: unknown): Result<Output<M>>;
  close(): void;
}

export interface ServiceOptions {
  /** The data folder: where backups go. Without it, backups are unavailable. */
  dataDir?: string;
}

export interface ServiceParts {
  /** The exporters, which a command that does not export never loads. */
  exportGoal?: typeof exportGoal;
}

/** The service with only the parts given; `createService` (index.ts) gives it everything. */
export function createServiceWith(db: Database, clock: Clock = systemClock, options: ServiceOptions & ServiceParts = {}): Service {
  const ctx = new Context(db, clock);
  // The resources are read and parsed once, as the service starts, not on the first screen's request.
  ctx.catalog();
  const needDataDir = () => {
    if (!options.dataDir) throw new ServiceError('unavailable', 'Backups need the data folder, which this service was not given.');
    return options.dataDir;
  };
  const writes = prepareItemWrites(ctx);
  const handlers: Handlers = {
    recommend: (i) => recommend(i.profile),
    createGoal: (i) => createGoal(ctx, i),
    previewPlan: (i) => previewPlan(ctx, i),
    listGoals: (i) => listGoals(ctx, i),
    getGoal: (i) => getGoal(ctx, i),
    updateGoal: (i) => updateGoal(ctx, i),
    archiveGoal: (i) => archiveGoal(ctx, i),
    deleteGoal: (i) => deleteGoal(ctx, i),
    getPlan: (i) => getPlan(ctx, i),
    getPlanLean: (i) => getPlanLean(ctx, i),
    reorderPlan: (i) => reorderPlan(ctx, i),
    addToPlan: (i) => addToPlan(ctx, i),
    itemAlternatives: (i) => itemAlternatives(ctx, i),
    swapPlanItem: (i) => swapPlanItem(ctx, i),
    setItemStatus: (i) => setItemStatus(ctx, i),
    reopenItem: (i) => reopenItem(ctx, i),
    setItemNotes: (i) => setItemNotes(ctx, i),
    logTime: (i) => logTime(ctx, writes, i),
    listLog: (i) => listLog(ctx, i),
    listTimeEntries: (i) => listTimeEntries(ctx, i),
    editTimeEntry: (i) => editTimeEntry(ctx, i),
    deleteTimeEntry: (i) => deleteTimeEntry(ctx, i),
    removeItem: (i) => removeItem(ctx, i),
    listResources: (i) => listResources(ctx, i),
    getResource: (i) => getResource(ctx, i),
    addCustomResource: (i) => addCustomResource(ctx, i),
    addOwnResource: (i) => addOwnResource(ctx, i),
    editCustomResource: (i) => editCustomResource(ctx, i),
    thisWeek: (i) => thisWeek(ctx, i),
    progressSummary: (i) => progressSummary(ctx, i),
    exportGoal: (i) => {
      if (!options.exportGoal) throw new ServiceError('unavailable', 'Exports are not loaded in this process.');
      return options.exportGoal(ctx, i.goalId, i.format, { reminders: i.reminders });
    },
    importGoal: (i) =>
      // Once the file is known good, the current database is copied aside, so an import can be undone;
      // a refused file makes no backup (eleven bad files must not rotate a good backup out).
      planView(
        ctx,
        importGoal(ctx, i.content, () => options.dataDir && createBackup(db, options.dataDir, 'import', clock.now())),
      ),
    listBackups: () => listBackups(needDataDir()),
    createBackup: () => createBackup(db, needDataDir(), 'manual', clock.now()),
    getRhythm: () => rhythm.getRhythm(ctx),
    setRhythm: (i) => rhythm.setRhythm(ctx, i),
    snoozeReminder: (i) => rhythm.snoozeReminder(ctx, i),
    reminderNotice: () => rhythm.reminderNotice(ctx),
    startSession: (i) => rhythm.startSession(ctx, i),
    sessionStatus: () => rhythm.sessionStatus(ctx),
    stopSession: (i) => rhythm.stopSession(ctx, writes, i),
    cancelSession: () => rhythm.cancelSession(ctx),
    dueRevisits: (i) => rhythm.dueRevisits(ctx, i),
    gradeRevisit: (i) => rhythm.gradeRevisit(ctx, i),
    setRevisits: (i) => rhythm.setRevisits(ctx, i),
    weeklyReview: (i) => rhythm.weeklyReview(ctx, i),
    dismissWeeklyReview: () => rhythm.dismissWeeklyReview(ctx),
    reviewTime: (i) => rhythm.reviewTime(ctx, i),
  };

  return {
    call<M extends Method>(method: M, input: unknown): Result<Output<M>> {
      if (!Object.hasOwn(contract, method)) {
        return { ok: false, error: { code: 'invalid_input', message: `unknown method "${String(method)}"` } };
      }
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: { code: 'invalid_input', ...describeIssue(parsed.error.issues) } };
      try {
        const handler = handlers[method] as (i: unknown) => Output<M>;
        return { ok: true, value: handler(parsed.data) };
      } catch (e) {
        return { ok: false, error: toErrorData(e) };
      }
    },
    close: () => db.close(),
  };
}

function toErrorData(e: unknown) {
  if (e instanceof ServiceError) return e.toData();
  if (e instanceof OrderError) return { code: 'conflict' as const, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown })?.code;
  if (isCorruptionError(e)) {
    return {
      code: 'damaged' as const,
      message: `The database is damaged (${code}); nothing was saved. Reopen Pathwise to restore a backup, or ${RESTORE_HINT}.`,
    };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return { code: 'storage' as const, message: `The database refused the change (${code}): ${message}. Nothing was saved.` };
  }
  return { code: 'internal' as const, message: `Unexpected error: ${message}` };
}
