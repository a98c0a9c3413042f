/**
 * Property tests of the walking plan's rules over random sequences of days, walks and check-ins (and
 * pauses): whatever the user does, the plan keeps its promises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactHistory } from '@/lib/history/compact';
import type { History } from '@/lib/history/model';
import { totalsByDay } from '@/lib/history/totals';
import { pausePlan, resumePlan, type Plan } from '@/lib/plan/plan';
import { replay, stepUp, type PlanDay } from '@/lib/plan/rules';
import { overWalkingWalk } from '@/lib/plan/status';
import { localDay } from '@/lib/time/days';
import { dayAt, dayKey, historyOf, planFrom, START_DAY, ZONE, type WalkSpec } from './helpers';

const RUNS = { numRuns: 1000 };

const walkArb: fc.Arbitrary<WalkSpec> = fc.record(
  {
    min: fc.oneof(
      fc.integer({ min: 1, max: 40 }),
      fc.integer({ min: 10, max: 400 }).map((n) => n / 10),
    ),
    feel: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      { weight: 2, arbitrary: fc.constantFrom('better' as const, 'same' as const) },
      { weight: 2, arbitrary: fc.constant('worse' as const) },
    ),
  },
  { requiredKeys: ['min'] },
);

const dayArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant([] as WalkSpec[]) },
  { weight: 4, arbitrary: fc.array(walkArb, { minLength: 1, maxLength: 3 }) },
);

/** A plan with random start and maybe a pause, and random days of walks. */
const scenarioArb = fc
  .record({
    startMin: fc.integer({ min: 5, max: 10 }),
    days: fc.oneof(
      fc.array(dayArb, { minLength: 1, maxLength: 150 }),
      // Long gaps: whole weeks without walks between active stretches.
      fc
        .array(fc.tuple(fc.array(dayArb, { maxLength: 20 }), fc.integer({ min: 0, max: 20 })), { maxLength: 6 })
        .map((parts) => parts.flatMap(([active, gap]) => [...active, ...Array<WalkSpec[]>(gap).fill([])])),
    ),
    pause: fc.option(fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 30 }))),
  })
  .map(({ startMin, days, pause }) => {
    let plan: Plan = planFrom(startMin);
    if (pause) plan = resumePlan(pausePlan(plan, dayAt(pause[0], 18)), dayAt(pause[0] + pause[1], 7));
    return { plan, days, last: Math.max(days.length, 1) + 7 };
  });

function planDays(plan: Plan, history: History, last: number): PlanDay[] {
  const totals = totalsByDay(history, ZONE);
  return replay(plan, (d) => totals.get(d), dayKey(last), ZONE).days;
}

/** Calendar days from the plan's first day. */
const calendarIndex = (day: string) => (Date.parse(day) - Date.parse(START_DAY)) / 86_400_000;

describe('walking plan rules, over random days, walks, check-ins and pauses', () => {
  it('never sets a target above 30 min or below 5 min', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        for (const d of planDays(plan, historyOf(days), last)) {
          expect(d.target).toBeGreaterThanOrEqual(5);
          expect(d.target).toBeLessThanOrEqual(30);
        }
      }),
      RUNS,
    );
  });

  it('never rises more than one step in 7 days', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        const list = planDays(plan, historyOf(days), last);
        let lastRise = -Infinity;
        for (let i = 1; i < list.length; i++) {
          const [before, day] = [list[i - 1]!, list[i]!];
          if (day.target <= before.target) continue;
          expect(day.target).toBe(stepUp(before.target));
          const at = calendarIndex(day.day);
          expect(at - lastRise).toBeGreaterThanOrEqual(7);
          lastRise = at;
        }
      }),
      RUNS,
    );
  });

  it('never rises after a week with a "Worse"', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        const list = planDays(plan, historyOf(days), last);
        for (let i = 1; i < list.length; i++) {
          if (list[i]!.target <= list[i - 1]!.target) continue;
          // The rise follows a full plan week (the 7 plan days before it) without a single "Worse".
          const week = list.slice(Math.max(0, i - 7), i);
          expect(week).toHaveLength(7);
          expect(week.reduce((sum, d) => sum + d.worse, 0)).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('steps back after two "Worse" in a plan week (unless already at 5 min)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        const list = planDays(plan, historyOf(days), last);
        const weekStarts = list.flatMap((d, i) => (d.weekDay === 0 ? [i] : []));
        for (const [n, start] of weekStarts.entries()) {
          const end = weekStarts[n + 1] ?? list.length;
          const week = list.slice(start, end);
          const next = list[end];
          if (!next || week.length !== 7) continue;
          if (week.reduce((sum, d) => sum + d.worse, 0) >= 2 && week[0]!.target > 5)
            expect(next.target).toBeLessThan(week[0]!.target);
        }
      }),
      RUNS,
    );
  });

  it('steps back after "Worse" on two walk days in a row (unless already at 5 min)', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        const list = planDays(plan, historyOf(days), last);
        const walkDays = list.flatMap((d, i) => (d.walks > 0 ? [i] : []));
        for (let k = 1; k < walkDays.length; k++) {
          const [a, b] = [list[walkDays[k - 1]!]!, list[walkDays[k]!]!];
          const after = list[walkDays[k]! + 1];
          // A restart in between starts the plan (and its row) afresh.
          const restarted = list.slice(walkDays[k - 1]! + 1, walkDays[k]! + 1).some((d) => d.change === 'restart');
          if (!after || restarted || a.worse === 0 || b.worse === 0 || a.target <= 5) continue;
          expect(after.target).toBeLessThan(a.target);
        }
      }),
      RUNS,
    );
  });

  it('changes a target only for a reason: a good week, "Worse", or 14 days without a walk', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        const list = planDays(plan, historyOf(days), last);
        for (let i = 1; i < list.length; i++) {
          const [before, day] = [list[i - 1]!, list[i]!];
          if (day.target > before.target) expect(day.change).toBe('up');
          if (day.target < before.target) expect(['down', 'restart']).toContain(day.change);
          if (day.change === 'down') expect(before.worse).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('derives the same targets after old days fold into daily totals', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        const history = historyOf(days);
        const compacted = compactHistory(history, dayAt(last), ZONE);
        expect(planDays(plan, compacted, last)).toEqual(planDays(plan, history, last));
      }),
      RUNS,
    );
  });

  it('brings up "Can you walk too much?" at most once a day, with one walk, whatever follows it', () => {
    fc.assert(
      fc.property(scenarioArb, ({ plan, days, last }) => {
        const history = historyOf(days);
        const byDay = new Map(planDays(plan, history, last).map((d) => [d.day, d.target]));
        const walksByDay = Map.groupBy(history.walks, (w) => localDay(w.startedAt, ZONE));
        for (const [day, walks] of walksByDay) {
          const target = byDay.get(day);
          if (target === undefined) continue;
          // After each walk of the day, the popup asks whether that walk brings the answer up.
          const shown = walks.filter((w, i) => overWalkingWalk(walks.slice(0, i + 1), target) === w.startedAt);
          expect(shown.length).toBeLessThanOrEqual(1);
          const total = walks.reduce((sum, w) => sum + w.actualMin, 0);
          expect(shown.length).toBe(Math.round(total * 10) / 10 >= 2 * target ? 1 : 0);
        }
      }),
      RUNS,
    );
  });
});
