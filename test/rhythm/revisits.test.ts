import { describe, expect, it } from 'vitest';
import { firstRevisit, gradeRevisit, type RevisitCard } from '../../shared/rhythm/revisits';

const DAY = 86_400_000;
const done = Date.parse('2026-11-26T18:00:00Z');
const days = (card: RevisitCard, from: number) => (card.due - from) / DAY;

describe('spaced revisits', () => {
  it('schedule the first revisit days after the item is done, not minutes', () => {
    const first = firstRevisit(done);
    expect(days(first, done)).toBeGreaterThanOrEqual(1);
    expect(days(first, done)).toBeLessThanOrEqual(7);
  });

  it('grow the interval with each "good"', () => {
    let card = firstRevisit(done);
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      const now = card.due;
      card = gradeRevisit(card, 'good', now);
      gaps.push(days(card, now));
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1]!);
  });

  it('shrink it after "again", and order hard < good < easy', () => {
    let card = firstRevisit(done);
    for (let i = 0; i < 3; i++) card = gradeRevisit(card, 'good', card.due);
    const now = card.due;
    const gap = (g: 'again' | 'hard' | 'good' | 'easy') => days(gradeRevisit(card, g, now), now);
    expect(gap('again')).toBeLessThan(gap('hard'));
    expect(gap('hard')).toBeLessThan(gap('good'));
    expect(gap('good')).toBeLessThan(gap('easy'));
    expect(gradeRevisit(card, 'again', now).lapses).toBe(card.lapses + 1);
  });

  it('survive being stored as JSON', () => {
    const card = firstRevisit(done);
    const back = JSON.parse(JSON.stringify(card)) as RevisitCard;
    expect(gradeRevisit(back, 'good', card.due)).toEqual(gradeRevisit(card, 'good', card.due));
  });
});
