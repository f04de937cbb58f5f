// Plain constants with no schema attached, so the renderer can use them without bundling zod.

/** Stages of a plan, in their usual teaching order (milestones are listed by the date each is reached: timeline.ts). */
export const STAGES = ['foundations', 'core', 'specialize', 'deploy', 'capstone'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_TITLE: Record<Stage, string> = {
  foundations: 'Foundations',
  core: 'Framework core',
  specialize: 'Your domains',
  deploy: 'Deployment and tooling',
  capstone: 'Certificates and capstones',
};
