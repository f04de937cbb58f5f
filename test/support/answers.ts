import type { Profile } from '../../shared/profile';

/**
 * A learner's answers at their most ordinary: the tests, the personas and the screenshot scripts each
 * state only what makes their learner differ. No test runner here, so scripts can use it too.
 */
export const baseProfile: Profile = {
  purpose: 'production',
  domains: ['vision'],
  deployTargets: [],
  pythonLevel: 'basic',
  mlLevel: 'basic',
  scale: 'small',
  needsCpp: false,
  wantsVisualTools: false,
  needsInterop: false,
  wantsCertificate: false,
  hoursPerWeek: 6,
};

export function profile(p: Partial<Profile> = {}): Profile {
  return { ...baseProfile, ...p };
}
