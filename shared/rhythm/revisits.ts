import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type RevisitGrade = (typeof GRADES)[number];

const RATING: Record<RevisitGrade, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

/**
 * Revisits of a finished topic are days apart, not minutes: FSRS's short-term learning steps are
 * meant for flashcards drilled in one sitting, so they are off, and fuzz is off so dates are
 * reproducible for the learner and the tests.
 */
const scheduler = fsrs({ enable_short_term: false, enable_fuzz: false, request_retention: 0.9 });

/** The card as stored: plain JSON, dates as epoch ms. */
export interface RevisitCard {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: number | null;
}

const toStored = (c: Card): RevisitCard => ({
  due: c.due.getTime(),
  stability: c.stability,
  difficulty: c.difficulty,
  scheduledDays: c.scheduled_days,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ? c.last_review.getTime() : null,
});

const fromStored = (c: RevisitCard): Card => ({
  due: new Date(c.due),
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: 0,
  scheduled_days: c.scheduledDays,
  learning_steps: 0,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  ...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
});

/** The first revisit of an item finished at `doneAt`: as if the learner had just graded it "good". */
export function firstRevisit(doneAt: number): RevisitCard {
  return toStored(scheduler.next(createEmptyCard(new Date(doneAt)), new Date(doneAt), Rating.Good).card);
}

/** Grades a revisit at `now`; the answer's `due` is the next revisit. */
export function gradeRevisit(card: RevisitCard, grade: RevisitGrade, now: number): RevisitCard {
  return toStored(scheduler.next(fromStored(card), new Date(now), RATING[grade]).card);
}
