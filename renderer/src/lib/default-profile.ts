import { PROFILE_DEFAULTS } from '../../../shared/constants';
import type { Profile } from '../../../shared/profile';

/** The answers the questionnaire starts from, and the sample goal's base (its own module: the questionnaire loads later). */
export const DEFAULT_PROFILE: Profile = {
  purpose: 'career',
  domains: ['vision'],
  deployTargets: [],
  pythonLevel: 'basic',
  mlLevel: 'none',
  scale: 'small',
  needsCpp: false,
  wantsVisualTools: false,
  needsInterop: false,
  wantsCertificate: false,
  ...PROFILE_DEFAULTS,
  formats: [],
  hoursPerWeek: 6,
};
