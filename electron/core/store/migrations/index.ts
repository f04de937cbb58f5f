import type { Database } from 'better-sqlite3';
import { up as resources } from './0001-resources';
import { up as goalsAndPlans } from './0002-goals-and-plans';
import { up as progressLog } from './0003-progress-log';
import { up as goalUid } from './0004-goal-uid';
import { up as runningTotals } from './0005-running-totals';
import { up as fixMistakes } from './0006-fix-mistakes';
import { up as resourceFacets } from './0007-resource-facets';
import { up as studyRhythm } from './0008-study-rhythm';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

/** Append only: a shipped migration is never edited, a change is a new file. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'resources', up: resources },
  { version: 2, name: 'goals-and-plans', up: goalsAndPlans },
  { version: 3, name: 'progress-log', up: progressLog },
  { version: 4, name: 'goal-uid', up: goalUid },
  { version: 5, name: 'running-totals', up: runningTotals },
  { version: 6, name: 'fix-mistakes', up: fixMistakes },
  { version: 7, name: 'resource-facets', up: resourceFacets },
  { version: 8, name: 'study-rhythm', up: studyRhythm },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
