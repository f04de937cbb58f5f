import type { Database } from 'better-sqlite3';
import type { Resource } from '../../../shared/catalog/resource';
import { toDay } from '../../../shared/dates';
import type { Catalog } from '../../../shared/planner/select';
import { ServiceError } from '../../../shared/contract/results';
import { storeFor, type Store } from '../store/index';
import type { LeanPlanView } from '../../../shared/contract/views';
import type { GoalFacts } from './summary';
import type { PlanShape } from './plan-shape';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every handler works with: the store, the clock, and the resources (cached between writes). */
export class Context {
  private cached: Map<string, Resource> | null = null;
  private generation = 0;
  private readonly boot = Math.random().toString(36).slice(2, 10);
  readonly store: Store;
  /** Derived goal facts by goal, with the stamp they were derived under (see goalFacts). */
  readonly factsCache = new Map<number, { key: string; facts: GoalFacts }>();
  /** Prerequisites and reasons by goal, valid while the key (catalog, answers, membership) holds. */
  readonly planShapes = new Map<number, { key: string; shape: PlanShape }>();
  /** The page's plan view by goal, valid while its facts are the very same object. */
  readonly leanPlans = new Map<number, { facts: GoalFacts; view: LeanPlanView }>();

  constructor(
    readonly db: Database,
    readonly clock: Clock = systemClock,
  ) {
    this.store = storeFor(db);
  }

  catalog(): Catalog {
    this.cached ??= new Map(this.store.resources.all().map((r) => [r.id, r]));
    return this.cached;
  }

  /** Called after any write to resources, so the next read sees it. */
  invalidateCatalog(): void {
    this.cached = null;
    this.generation++;
  }

  /** Names this process's current set of resources; it changes on every write to them. */
  resourcesVersion(): string {
    return `${this.boot}.${this.generation}`;
  }

  resource(id: string, field = 'resourceId'): Resource {
    const r = this.catalog().get(id);
    if (!r) throw new ServiceError('not_found', `${field}: no resource with id "${id}"`, field);
    return r;
  }

  today(): string {
    return toDay(this.clock.now());
  }

  nowIso(): string {
    return this.clock.now().toISOString();
  }
}
