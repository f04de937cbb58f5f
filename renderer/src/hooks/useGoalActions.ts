import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Input } from '../../../shared/contract/contract';
import type { Goal, GoalSummary } from '../../../shared/contract/views';
import { planKey } from '../data/plan-cache';
import { invalidateGoal } from '../data/query';
import { call, messageOf } from '../lib/api';
import { UNDO_MS, useFeedback } from '../state/feedback';

/** Changes to a whole goal: each writes through the service, then refreshes what it touched. */
export function useGoalActions(selectGoal: (id: number | null) => void) {
  const client = useQueryClient();
  const { notify, fail } = useFeedback();
  return useMemo(() => {
    const refreshGoals = () => client.invalidateQueries({ queryKey: ['listGoals'] });

    const update = async (input: Input<'updateGoal'>) => {
      const plan = await call('updateGoal', input);
      client.setQueryData(planKey(plan.goal.id), plan);
      await invalidateGoal(client, plan.goal.id, { plan: false });
      return plan;
    };

    const archive = async (goal: Goal, archived: boolean) => {
      try {
        await call('archiveGoal', { goalId: goal.id, archived });
        await invalidateGoal(client, goal.id, { plan: true });
        notify(archived ? 'Goal archived.' : 'Goal restored.');
      } catch (e) {
        fail(messageOf(e));
      }
    };

    /** Archived at once (nothing is lost if the app closes), deleted for good when the undo window passes. */
    const remove = async (goal: Goal, others: readonly GoalSummary[]) => {
      try {
        await call('archiveGoal', { goalId: goal.id, archived: true });
        selectGoal(others.find((g) => g.id !== goal.id)?.id ?? null);
        await refreshGoals();
        let state: 'waiting' | 'undone' | 'deleted' = 'waiting';
        const timer = setTimeout(() => {
          if (state !== 'waiting') return;
          state = 'deleted';
          void call('deleteGoal', { goalId: goal.id }).then(refreshGoals, (e) => fail(messageOf(e)));
        }, UNDO_MS);
        notify(`Deleted “${goal.title}”.`, async () => {
          if (state === 'deleted') throw new Error(`“${goal.title}” was already deleted for good.`);
          state = 'undone';
          clearTimeout(timer);
          await call('archiveGoal', { goalId: goal.id, archived: goal.archived });
          await invalidateGoal(client, goal.id, { plan: true });
          selectGoal(goal.id);
        });
      } catch (e) {
        fail(messageOf(e));
      }
    };

    return { update, archive, remove, refreshGoals };
  }, [client, notify, fail, selectGoal]);
}
