import { FRAMEWORK_LABEL, type Framework, type Profile } from '../profile';
import { alsoConsider, type Suggestion } from './also-consider';
import type { Strength } from './confidence';
import type { Reason } from './factors';
import { score, type Scores, type Verdict } from './score';
import { whatWouldChange, type Change } from './what-would-change';

export interface Recommendation {
  framework: Framework;
  margin: number;
  strength: Strength;
  confidence: number;
  scores: Scores;
  reasons: Reason[];
  /** The one reason that decides a close call, or the strongest reason otherwise; null when nothing separates them. */
  tippedBy: string | null;
  whatWouldChange: Change[];
  alsoConsider: Suggestion[];
  summary: string;
}

function summarize(v: Verdict, tip: Reason | undefined): string {
  const name = FRAMEWORK_LABEL[v.framework];
  if (!tip) {
    return `A close call: either framework serves you, and nothing in your answers favours one. ${name} is suggested because more new models and course material appear there first; if your team or course uses the other, follow them.`;
  }
  if (v.strength === 'close') return `A close call: either works. What tips it to ${name}: ${tip.factor}.`;
  if (v.strength === 'leaning') return `${name}, leaning (${Math.round(v.confidence * 100)}%), mainly for ${tip.factor}.`;
  return `${name}, a clear choice (${Math.round(v.confidence * 100)}%), mainly for ${tip.factor}.`;
}

export function recommend(profile: Profile): Recommendation {
  const verdict = score(profile);
  const tip = verdict.reasons.find((r) => r.favors === verdict.framework);
  return {
    ...verdict,
    tippedBy: tip?.factor ?? null,
    whatWouldChange: whatWouldChange(profile, verdict),
    alsoConsider: alsoConsider(profile, verdict.framework),
    summary: summarize(verdict, tip),
  };
}
