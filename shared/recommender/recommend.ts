import { FRAMEWORK_LABEL, type Framework, type Profile } from '../profile';
import { alsoConsider, type Suggestion } from './also-consider';
import type { Reason } from './factors';
import { score, type Scores } from './score';
import { whatWouldChange, type Change } from './what-would-change';

export interface Recommendation {
  framework: Framework;
  confidence: number;
  scores: Scores;
  reasons: Reason[];
  whatWouldChange: Change[];
  alsoConsider: Suggestion[];
  summary: string;
}

export function recommend(profile: Profile): Recommendation {
  const verdict = score(profile);
  const changes = whatWouldChange(profile, verdict);
  const lead = verdict.reasons.filter((r) => r.favors === verdict.framework).slice(0, 2);
  const summary =
    verdict.scores.tensorflow === verdict.scores.pytorch
      ? `${FRAMEWORK_LABEL[verdict.framework]} by a narrow default: your answers weigh both frameworks equally.`
      : `${FRAMEWORK_LABEL[verdict.framework]} (confidence ${Math.round(verdict.confidence * 100)}%), mainly for ${lead
          .map((r) => r.factor)
          .join(' and ')}.`;
  return { ...verdict, whatWouldChange: changes, alsoConsider: alsoConsider(profile, verdict.framework), summary };
}
