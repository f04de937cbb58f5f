// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../shared/catalog/index';
import type { PlanView } from '../../shared/contract/views';
import { openAt, useRealService } from './support';
import { profile } from '../support/answers';

const live = useRealService();

describe('the dashboard’s certificates and specializations', () => {
  it('shows the credential the plan earns by its courses, and a borrowed course as what it is', async () => {
    const plan = live.ui.call('createGoal', {
      title: 'Goal with a certificate',
      profile: profile({ purpose: 'career', wantsCertificate: true, budget: 'any', hoursPerWeek: 5 }),
    }) as PlanView;
    // One course of the three in the maths specialization, added by hand.
    const added = (live.ui.call('addToPlan', { goalId: plan.goal.id, resourceId: 'math-ml-ds-calculus' }) as { plan: PlanView }).plan;
    // Before the track's first course, so the list cannot owe its order to the plan's.
    const calculus = added.items.find((i) => i.resourceId === 'math-ml-ds-calculus')!;
    const rest = added.items.filter((i) => i !== calculus);
    const firstCourse = rest.findIndex((i) => i.partOf && i.partOf.id !== 'math-ml-ds');
    const order = [...rest.slice(0, firstCourse), calculus, ...rest.slice(firstCourse)].map((i) => i.id);
    live.ui.call('reorderPlan', { goalId: plan.goal.id, itemIds: order });
    const track = plan.items.find((i) => i.partOf)!.partOf!;
    const courses = plan.items.filter((i) => i.partOf?.id === track.id).length;
    const maths = CATALOG.find((r) => r.id === 'math-ml-ds')!;
    const mathsCourses = CATALOG.filter((r) => r.parentId === maths.id).length;
    await openAt(live.App, plan.goal.id, 'dashboard');
    const list = (await screen.findByRole('heading', { name: 'Certificates and specializations' })).nextElementSibling as HTMLElement;
    const rows = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(rows).toEqual([
      `${track.title}0/${courses} courses`,
      `${maths.title}0/1 planned done · your plan takes 1 of its ${mathsCourses} courses, not the whole credential`,
    ]);
  });
});
