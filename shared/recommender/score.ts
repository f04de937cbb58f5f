import type { Framework, Profile } from '../profile';
import { FACTORS, type Reason } from './factors';

export interface Scores {
  tensorflow: number;
  pytorch: number;
}

export interface Verdict {
  framework: Framework;
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
  const total = scores.tensorflow + scores.pytorch;
  // A tie goes to PyTorch: with nothing to separate them, ecosystem momentum (Transformers v5, research share) decides.
  const framework: Framework = scores.tensorflow > scores.pytorch ? 'tensorflow' : 'pytorch';
  const confidence = total === 0 ? 0 : round(Math.abs(scores.tensorflow - scores.pytorch) / total);
  // Strongest first; the factor order breaks ties so the list never reshuffles between runs.
  const ranked = reasons.map((r, i) => ({ r, i })).sort((a, b) => b.r.weight - a.r.weight || a.i - b.i).map((x) => x.r);
  return { framework, confidence, scores, reasons: ranked };
}
