import type { Framework, Profile } from '../profile';
import { confidenceOf, strengthOf, type Strength } from './confidence';
import { FACTORS, type Reason } from './factors';

export interface Scores {
  tensorflow: number;
  pytorch: number;
}

export interface Verdict {
  framework: Framework;
  /** Score difference in weight points; 0 is a tie. */
  margin: number;
  strength: Strength;
  confidence: number;
  scores: Scores;
  reasons: Reason[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Scores a profile without the follow-up analysis; cheap enough to run once per possible answer change. */
export function score(profile: Profile): Verdict {
  const reasons = FACTORS.flatMap((f) => f(profile));
  const scores: Scores = { tensorflow: 0, pytorch: 0 };
  for (const r of reasons) scores[r.favors] += r.weight;
  scores.tensorflow = round(scores.tensorflow);
  scores.pytorch = round(scores.pytorch);
  // A tie goes to PyTorch: more new models and course material arrive there first. The summary says so.
  const framework: Framework = scores.tensorflow > scores.pytorch ? 'tensorflow' : 'pytorch';
  const margin = round(Math.abs(scores.tensorflow - scores.pytorch));
  // Strongest first; the factor order breaks ties so the list never reshuffles between runs.
  const ranked = reasons
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.weight - a.r.weight || a.i - b.i)
    .map((x) => x.r);
  return { framework, margin, strength: strengthOf(margin), confidence: confidenceOf(margin), scores, reasons: ranked };
}
