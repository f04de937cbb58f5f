// Plain constants with no schema attached, so the renderer can use them without bundling zod.

/** Milestones of a plan, in the order a learner meets them. */
export const STAGES = ['foundations', 'core', 'specialize', 'deploy', 'capstone'] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_TITLE: Record<Stage, string> = {
  foundations: 'Foundations',
  core: 'Framework core',
  specialize: 'Your domains',
  deploy: 'Deployment and tooling',
  capstone: 'Certificates and capstones',
};
