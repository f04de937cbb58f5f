/**
 * How sure the recommendation is, from the margin between the two scores (in weight points).
 *
 * - close:   margin < 1.5 — either framework serves the learner; a small factor tips it.
 * - leaning: 1.5 ≤ margin < 3 — a real but not decisive advantage.
 * - clear:   margin ≥ 3 — one strong reason (a team's framework, language models) or several together.
 *
 * `confidence` reads as "how likely a mentor would make the same pick": 50% at a tie, rising with the
 * margin and never above 95%, so a handful of weak one-sided reasons cannot look certain.
 */
export const STRENGTHS = ['close', 'leaning', 'clear'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const CLOSE_BELOW = 1.5;
export const CLEAR_FROM = 3;
export const MAX_CONFIDENCE = 0.95;

export function strengthOf(margin: number): Strength {
  return margin < CLOSE_BELOW ? 'close' : margin < CLEAR_FROM ? 'leaning' : 'clear';
}

export function confidenceOf(margin: number): number {
  const c = 1 - 0.5 * Math.exp(-Math.abs(margin) / 2.5);
  return Math.round(Math.min(MAX_CONFIDENCE, c) * 100) / 100;
}
