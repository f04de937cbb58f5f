import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { PlanView } from '../../../shared/contract/views';
import { completePlan } from '../data/plan-cache';
import { isPartial } from '../data/partial-plans';
import { afterNextFrame } from '../lib/frames';

/** In a hidden window no frame is drawn: the whole plan is asked for after this long anyway. */
const FRAME_WAIT_MS = 100;

/**
 * Once a plan's first items are on screen, reads the whole plan (data/partial-plans.ts): after the
 * next frame, so the first items paint before the page takes on thousands more. Marks when the shown
 * plan is whole, for the benchmark.
 */
export function useWholePlan(plan: PlanView | null): void {
  const client = useQueryClient();
  const goalId = plan?.goal.id;
  const partial = plan !== null && isPartial(plan);
  useEffect(() => {
    if (goalId === undefined) return;
    if (!partial) return void performance.mark('pathwise:plan-whole');
    return afterNextFrame(() => completePlan(client, goalId), FRAME_WAIT_MS);
  }, [client, goalId, partial]);
}
