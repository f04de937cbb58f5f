/** A certificate's or specialization's progress as the service reports it (zod-free, for the page). */
export interface CredentialProgress {
  title: string;
  coursesDone: number;
  /** Its courses in this plan, not skipped. */
  coursesInPlan: number;
  coursesTotal: number;
  complete: boolean;
}

/** Whether the plan takes every course, which is what earns the credential. */
export const takesWhole = (c: CredentialProgress) => c.coursesInPlan >= c.coursesTotal;

/**
 * The progress line for a credential, the same on the dashboard and in `pathwise progress`. A plan that
 * borrows one course of a specialization says so, rather than show "0/3 courses" as if the learner had
 * signed up for all three.
 */
export function credentialProgressText(c: CredentialProgress): string {
  if (takesWhole(c)) return `${c.coursesDone}/${c.coursesTotal} courses${c.complete ? ' — complete' : ''}`;
  return `${c.coursesDone}/${c.coursesInPlan} planned done · your plan takes ${c.coursesInPlan} of its ${c.coursesTotal} courses, not the whole credential`;
}

/** The bar's share: of the whole credential, or of the courses planned from it. */
export const credentialShare = (c: CredentialProgress) => (c.coursesDone / Math.max(1, takesWhole(c) ? c.coursesTotal : c.coursesInPlan)) * 100;
