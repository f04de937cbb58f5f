import type { Database } from 'better-sqlite3';
import { exportGoal } from '../export/index';
import type { Clock } from './context';
import { createServiceWith, type Service, type ServiceOptions } from './create';

export type { Service, ServiceOptions } from './create';

/** The whole service, exporters included: what the app, the preview and the tests use. */
export function createService(db: Database, clock?: Clock, options: ServiceOptions = {}): Service {
  return createServiceWith(db, clock, { ...options, exportGoal });
}
