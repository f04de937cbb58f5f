import {
  DEPLOY_TARGETS,
  DOMAINS,
  FRAMEWORK_LABEL,
  ML_LEVELS,
  PURPOSES,
  PROFILE_DEFAULTS,
  PYTHON_LEVELS,
  TEAM_USES,
  type Framework,
  type Profile,
} from '../profile';
import { score, type Verdict } from './score';

export interface Change {
  field: keyof Profile;
  from: unknown;
  to: unknown;
  /** How big a change of answer this is: 1 for one step, 2 for jumping two levels. */
  size: number;
  description: string;
  framework: Framework;
  confidence: number;
}

interface Candidate {
  field: keyof Profile;
  from: unknown;
  to: unknown;
  size: number;
  description: string;
  profile: Profile;
}

const BOOLEAN_TEXT: Record<'needsCpp' | 'needsInterop' | 'jsFirst', [string, string]> = {
  needsCpp: ['you needed a C++ interface', 'you did not need a C++ interface'],
  needsInterop: ['you needed to move models between frameworks', 'you did not need to move models between frameworks'],
  jsFirst: ['you trained models in JavaScript', 'you did not train models in JavaScript'],
};

const TEAM_TEXT: Record<(typeof TEAM_USES)[number], string> = {
  tensorflow: 'your team used TensorFlow',
  pytorch: 'your team used PyTorch',
  jax: 'your team used JAX',
  none: 'your team used no framework yet',
  unknown: 'you did not know what your team uses',
};

function candidates(p: Profile): Candidate[] {
  const out: Candidate[] = [];
  const push = (field: keyof Profile, to: unknown, size: number, description: string) =>
    out.push({ field, from: p[field], to, size, description, profile: { ...p, [field]: to } });

  const team = p.teamUses ?? PROFILE_DEFAULTS.teamUses;
  for (const t of TEAM_USES) if (t !== team) push('teamUses', t, 1, TEAM_TEXT[t]);
  for (const v of PURPOSES) if (v !== p.purpose) push('purpose', v, 1, `your purpose were ${v}`);
  for (const d of DOMAINS) {
    if (!p.domains.includes(d)) push('domains', [...p.domains, d], 1, `you added the ${d} domain`);
    else if (p.domains.length > 1)
      push(
        'domains',
        p.domains.filter((x) => x !== d),
        1,
        `you dropped the ${d} domain`,
      );
  }
  for (const t of DEPLOY_TARGETS) {
    if (!p.deployTargets.includes(t)) push('deployTargets', [...p.deployTargets, t], 1, `you also deployed to ${t}`);
    else
      push(
        'deployTargets',
        p.deployTargets.filter((x) => x !== t),
        1,
        `you no longer deployed to ${t}`,
      );
  }
  const stepTo = <T extends string>(field: 'pythonLevel' | 'mlLevel', levels: readonly T[], current: T, noun: string) => {
    const at = levels.indexOf(current);
    levels.forEach((v, i) => {
      if (i !== at) push(field, v, Math.abs(i - at), `your ${noun} level were ${v}`);
    });
  };
  stepTo('pythonLevel', PYTHON_LEVELS, p.pythonLevel, 'Python');
  stepTo('mlLevel', ML_LEVELS, p.mlLevel, 'ML');
  push('scale', p.scale === 'large' ? 'small' : 'large', 1, `your scale were ${p.scale === 'large' ? 'small' : 'large'}`);
  for (const key of ['needsCpp', 'needsInterop', 'jsFirst'] as const) {
    const now = p[key] ?? false;
    push(key, !now, 1, now ? BOOLEAN_TEXT[key][1] : BOOLEAN_TEXT[key][0]);
  }
  return out;
}

/**
 * Every single change of answer that flips the recommendation, smallest first, then the one that
 * flips it most decisively. Empty when no single answer would change it.
 */
export function whatWouldChange(profile: Profile, current: Verdict, limit = 3): Change[] {
  const flips: Change[] = [];
  for (const c of candidates(profile)) {
    const v = score(c.profile);
    if (v.framework === current.framework) continue;
    flips.push({
      field: c.field,
      from: c.from,
      to: c.to,
      size: c.size,
      description: `If ${c.description}, ${FRAMEWORK_LABEL[v.framework]} would lead (${v.strength === 'close' ? 'a close call' : `${v.strength}, ${Math.round(v.confidence * 100)}%`}).`,
      framework: v.framework,
      confidence: v.confidence,
    });
  }
  // Stable sort keeps the questionnaire's order among equals, so the answer is deterministic.
  flips.sort((a, b) => a.size - b.size || b.confidence - a.confidence);
  return flips.slice(0, limit);
}
