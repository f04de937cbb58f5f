import type { PlanView } from '../../../shared/contract/views';
import { RecommendationView } from '../components/Recommendation';
import { useApi } from '../data/query';
import { messageOf } from '../lib/api';
import { FRAMEWORK } from '../lib/format';
import { useFeedback } from '../state/feedback';

/** The recommendation behind the goal, with the choice to switch framework (progress is kept). */
export function WhyScreen({ plan, onSwitch }: { plan: PlanView; onSwitch(framework: 'tensorflow' | 'pytorch'): Promise<unknown> }) {
  const rec = useApi('recommend', { profile: plan.goal.profile });
  const { fail } = useFeedback();
  const other = plan.goal.framework === 'tensorflow' ? 'pytorch' : 'tensorflow';
  if (rec.error)
    return (
      <p role="alert" className="error banner">
        {rec.error.message}
      </p>
    );
  if (!rec.data)
    return (
      <p role="status" className="loading">
        Weighing your answers…
      </p>
    );
  return (
    <section aria-label="Why this framework">
      <RecommendationView rec={rec.data} />
      <p>
        <button type="button" onClick={() => onSwitch(other).catch((e: unknown) => fail(messageOf(e)))}>
          Switch this goal to {FRAMEWORK[other]}
        </button>{' '}
        <span className="muted">Progress, notes and logged time are kept.</span>
      </p>
    </section>
  );
}
