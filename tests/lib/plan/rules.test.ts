import { describe, expect, it } from 'vitest';
import { compactHistory } from '@/lib/history/compact';
import { totalsByDay } from '@/lib/history/totals';
import type { History } from '@/lib/history/model';
import { pausePlan, resumePlan, type Plan } from '@/lib/plan/plan';
import { replay, replayHistory, restartTarget, stepDown, stepUp, suggestedWalkMin } from '@/lib/plan/rules';
import { dayAt, dayKey, daysOf, historyOf, planFrom, ZONE, type WalkSpec } from './helpers';

/** The target of each plan day 0…last (paused days left out). */
function targets(plan: Plan, history: History, last: number): number[] {
  const totals = totalsByDay(history, ZONE);
  return replay(plan, (d) => totals.get(d), dayKey(last), ZONE).days.map((d) => d.target);
}

/** Target of day `n` for a plan starting at `startMin` over `days`. */
const targetOn = (days: WalkSpec[][], n: number, startMin = 5) => targets(planFrom(startMin), historyOf(days), n)[n];

const met = (min = 5): WalkSpec[] => [{ min }];
const worse = (min = 5): WalkSpec[] => [{ min, feel: 'worse' }];
const none: WalkSpec[] = [];

describe('steps', () => {
  it.each([
    [5, 6],
    [10, 11],
    [19, 20],
    [20, 22],
    [21, 23],
    [28, 30],
    [29, 30],
    [30, 30],
  ])('a step up from %i min is to %i min (+1 under 20, +2 from 20, never above 30)', (from, to) => {
    expect(stepUp(from)).toBe(to);
  });

  it.each([
    [5, 5],
    [6, 5],
    [20, 19],
    [21, 19],
    [22, 20],
    [30, 28],
  ])('a step back from %i min is to %i min (never below 5)', (from, to) => {
    expect(stepDown(from)).toBe(to);
  });

  it.each([
    [10, 8],
    [9, 7],
    [6, 5],
    [5, 5],
    [30, 24],
    [26, 21],
  ])('a restart from %i min is at %i min (80 %, at least 5)', (from, to) => {
    expect(restartTarget(from)).toBe(to);
  });
});

describe('the plan starts', () => {
  it.each([5, 6, 7, 8, 9, 10])('at the chosen %i min on its first day', (startMin) => {
    expect(targetOn([], 0, startMin)).toBe(startMin);
  });

  it('on the local day it was started, counting that day’s earlier walks', () => {
    const plan = planFrom(5, dayAt(0, 20));
    const history = historyOf([met(6)]);
    const { days } = replayHistory(plan, history, dayAt(0, 21), ZONE);
    expect(days).toEqual([{ day: dayKey(0), target: 5, min: 6, walks: 1, worse: 0, weekDay: 0, change: null }]);
  });
});

describe('growth: at most one step a week, after a week met on 4 days with no "Worse"', () => {
  it.each<[string, number, WalkSpec[][]]>([
    ['met on 4 days', 6, [met(), met(), met(), met(), none, none, none]],
    ['met on all 7 days', 6, daysOf(7, 5)],
    ['met on 3 days only', 5, [met(), met(), met(), none, none, none, none]],
    ['walked on 4 days but under the target on one', 5, [met(), met(), met(), [{ min: 4.9 }], none, none, none]],
    ['met on 4 days, one of them "Worse"', 5, [met(), met(), met(), worse(), none, none, none]],
    ['met on 7 days, "Same" and "Better" check-ins', 6, daysOf(7, 5, 'same')],
    ['walked 3× the target on 4 days (minutes beyond earn no extra step)', 6, daysOf(4, 15)],
  ])('%s: day 7 is at %i min', (_name, expected, days) => {
    expect(targetOn(days, 7)).toBe(expected);
  });

  it('holds the target through the week and grows it on the first day of the next', () => {
    expect(targets(planFrom(5), historyOf(daysOf(14, 8)), 14)).toEqual([...Array(7).fill(5), ...Array(7).fill(6), 7]);
  });

  it('grows by 2 min from 20 min and stops at 30', () => {
    // Walking 40 min every day: the target climbs one step a week.
    const t = targets(planFrom(10), historyOf(daysOf(7 * 20, 40)), 7 * 20 - 1);
    const weekly = t.filter((_, i) => i % 7 === 0);
    expect(weekly).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28, 30, 30, 30, 30, 30]);
  });

  it('never asks for more than 150 minutes a week', () => {
    const t = targets(planFrom(10), historyOf(daysOf(7 * 30, 60)), 7 * 30 - 1);
    for (let i = 0; i + 7 <= t.length; i++)
      expect(t.slice(i, i + 7).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(210);
    expect(Math.max(...t) * 5).toBeLessThanOrEqual(150);
  });
});

describe('holding and stepping back after "Worse"', () => {
  it.each<[string, WalkSpec[][], number, number]>([
    ['one "Worse" holds: no step back, no growth', [worse(), met(), met(), met(), met(), met(), met()], 6, 6],
    ['two "Worse" in a week step back from the next day', [met(), worse(), none, worse(), none, none, none], 4, 5],
    [
      'two "Worse" on one day step back',
      [
        met(),
        [
          { min: 3, feel: 'worse' },
          { min: 3, feel: 'worse' },
        ],
      ],
      2,
      5,
    ],
    ['"Worse" on two walk days in a row steps back', [met(), worse(), worse()], 3, 5],
    ['walk days in a row skip days without walks', [met(), worse(), none, none, worse()], 5, 5],
    ['a "Better" walk day in between breaks the row', [met(), worse(), [{ min: 6, feel: 'better' }], none], 3, 6],
  ])('%s', (_name, days, day, expected) => {
    // Start at 6 so that a step back is visible (never below 5).
    expect(targetOn(days, day, 6)).toBe(expected);
  });

  it('steps back across a week’s end when the two "Worse" walk days follow each other', () => {
    const days = [...daysOf(6, 6), worse(6), worse(6)];
    expect(targets(planFrom(6), historyOf(days), 8)).toEqual([6, 6, 6, 6, 6, 6, 6, 6, 5]);
  });

  it('steps back once more for each further pair of "Worse"', () => {
    const days = [worse(), worse(), worse(), worse(), none];
    expect(targets(planFrom(8), historyOf(days), 4)).toEqual([8, 8, 7, 7, 6]);
  });

  it('at 5 min, two "Worse" change nothing and say nothing: no "stepped back" on the next day', () => {
    const history = historyOf([
      [
        { min: 3, feel: 'worse' },
        { min: 3, feel: 'worse' },
      ],
      met(),
    ]);
    const planDays = replayHistory(planFrom(5), history, dayAt(1), ZONE).days;
    expect(planDays.map((d) => [d.target, d.change])).toEqual([
      [5, null],
      [5, null],
    ]);
  });

  it('never goes below 5 min', () => {
    expect(targets(planFrom(5), historyOf(daysOf(10, 5, 'worse')), 10).every((t) => t === 5)).toBe(true);
  });

  it('records why the target changed', () => {
    const history = historyOf([worse(), worse(), ...daysOf(12, 8)]);
    const changes = replayHistory(planFrom(7), history, dayAt(14), ZONE).days.map((d) => d.change);
    expect(changes.indexOf('down')).toBe(2);
    expect(changes.indexOf('up')).toBe(14);
  });
});

describe('stuck at the floor', () => {
  // Two weeks at 5 min with a "Worse" each, then clean weeks met on every day.
  const days = [worse(), ...daysOf(6, 5), worse(), ...daysOf(6, 5), ...daysOf(14, 6)];
  it('stops growing after two plan weeks at 5 min with "Worse"; one good week lifts that, the next grows', () => {
    const t = targets(planFrom(5), historyOf(days), 28);
    expect(t.slice(0, 21)).toEqual(Array(21).fill(5));
    expect(t[21]).toBe(5); // the first good week only lifts the block
    expect(t[28]).toBe(6); // the second grows
  });

  it('is not stuck when the first week with "Worse" ended above 5 min', () => {
    // Week 1 at 6 min with one "Worse" (holds); week 2 steps back to 5 with two; week 3 is clean.
    const days = [worse(6), ...daysOf(6, 6), worse(6), worse(6), ...daysOf(5, 6), ...daysOf(7, 6)];
    const t = targets(planFrom(6), historyOf(days), 21);
    expect(t[7]).toBe(6);
    expect(t[9]).toBe(5);
    expect(t[21]).toBe(6); // one week at the floor with "Worse" is not two: the clean week grows it
  });

  it('is not stuck after one such week', () => {
    const t = targets(planFrom(5), historyOf([worse(), ...daysOf(13, 5)]), 14);
    expect(t[14]).toBe(6);
  });
});

describe('14 days without a walk', () => {
  it.each([
    [10, 8],
    [6, 5],
    [5, 5],
  ])('restarts a plan at %i min at %i min, with a new week', (startMin, restarted) => {
    const t = targets(planFrom(startMin), historyOf([]), 30);
    expect(t.slice(0, 14).every((x) => x === startMin)).toBe(true);
    expect(t.slice(14)).toEqual(Array(17).fill(restarted));
  });

  it('restarts at 80 % of the last target, once per gap, and its week starts on the restart day', () => {
    const days: WalkSpec[][] = [...daysOf(21, 8), ...Array(14).fill(none), ...daysOf(7, 10)];
    const { days: planDays } = replayHistory(planFrom(5), historyOf(days), dayAt(42), ZONE);
    expect(planDays[20]!.target).toBe(7);
    expect(planDays[35]).toMatchObject({ target: 6, weekDay: 0, change: 'restart' });
    expect(planDays[41]!.target).toBe(6);
    expect(planDays[42]).toMatchObject({ target: 7, weekDay: 0, change: 'up' });
  });

  it('starts the new week on the restart day, even in the middle of an old week', () => {
    // Last walk on day 2, days 3–16 without one: the restart falls on day 17, the old week's fourth day.
    const days: WalkSpec[][] = [met(10), met(10), met(10), ...Array(14).fill(none), ...daysOf(8, 10)];
    const { days: planDays } = replayHistory(planFrom(10), historyOf(days), dayAt(25), ZONE);
    expect(planDays[17]).toMatchObject({ target: 8, weekDay: 0, change: 'restart' });
    // Met on days 17–20 (four days of the old week's calendar), but the new week has only begun: no step yet.
    expect(planDays.slice(17, 24).map((d) => d.target)).toEqual(Array(7).fill(8));
    expect(planDays[24]).toMatchObject({ target: 9, weekDay: 0, change: 'up' });
  });

  it('does not pair a "Worse" after the restart with one before the gap: one "Worse" only holds', () => {
    const days: WalkSpec[][] = [worse(10), ...Array(14).fill(none), worse(8), met(8)];
    const t = targets(planFrom(10), historyOf(days), 16);
    expect(t[15]).toBe(8); // the restart
    expect(t[16]).toBe(8); // not 7: the "Worse" walk days are not in a row across a restart
  });

  it('restarts again after a second gap of 14 days, lower again', () => {
    // A walk on the restart day (day 14), then 14 more days without one.
    const days: WalkSpec[][] = [...Array(14).fill(none), met(8)];
    const t = targets(planFrom(10), historyOf(days), 29);
    expect(t[14]).toBe(8);
    expect(t[28]).toBe(8);
    expect(t[29]).toBe(6);
  });

  it('counts no paused day: a plan paused for three weeks does not restart', () => {
    const base = planFrom(8);
    const plan = resumePlan(pausePlan(base, dayAt(2)), dayAt(25));
    const t = targets(plan, historyOf([met(8), met(8), met(8)]), 30);
    // Days 3–24 are held; days 0–2 and 25–30 are plan days.
    expect(t).toHaveLength(3 + 6);
    expect(t.every((x) => x === 8)).toBe(true);
  });
});

describe('pausing', () => {
  it('holds the plan’s week: a week spans the pause', () => {
    const plan = resumePlan(pausePlan(planFrom(5), dayAt(1, 20)), dayAt(11, 8));
    // Met on days 0, 1 (before the pause) and 11, 12 (after): four days of one plan week.
    const days: WalkSpec[][] = [met(), met(), ...Array(9).fill(none), met(), met(), none, none, none];
    const planDays = replayHistory(plan, historyOf(days), dayAt(16), ZONE).days;
    expect(planDays.map((d) => d.day)).toEqual([0, 1, 11, 12, 13, 14, 15, 16].map(dayKey));
    expect(planDays.at(-1)!.target).toBe(6);
  });

  it('leaves out the days after a pause that has not ended', () => {
    const plan = pausePlan(planFrom(5), dayAt(3));
    expect(replayHistory(plan, historyOf([]), dayAt(10), ZONE).days.map((d) => d.day)).toEqual(
      [0, 1, 2, 3].map(dayKey),
    );
  });
});

describe('the target survives compaction', () => {
  it('is the same when the walks of old days have folded into daily totals', () => {
    const days: WalkSpec[][] = Array.from({ length: 90 }, (_, n) =>
      n % 9 === 0 ? worse(7) : n % 4 === 0 ? none : [{ min: 6 + (n % 5), feel: n % 3 ? 'better' : undefined }],
    );
    const history = historyOf(days);
    const compacted = compactHistory(history, dayAt(90), ZONE);
    expect(compacted.daily.length).toBeGreaterThan(40);
    expect(targets(planFrom(5), compacted, 90)).toEqual(targets(planFrom(5), history, 90));
  });
});

describe('suggestedWalkMin (the walk reminder’s length)', () => {
  it.each<[string, Plan | null, WalkSpec[][], number]>([
    ['no plan: the settings’ length', null, [], 5],
    ['nothing walked today: the whole target', planFrom(7), [], 7],
    ['3 of 7 min walked: the 4 left', planFrom(7), [[{ min: 3 }]], 4],
    ['6.5 of 7 walked: 1 min', planFrom(7), [[{ min: 6.5 }]], 1],
    ['5.9 of 7 walked: 1.1 min left, so 2', planFrom(7), [[{ min: 5.9 }]], 2],
    ['6.96 of 7 walked: met to the tenth, the settings’ length', planFrom(7), [[{ min: 6.96 }]], 5],
    ['target met: the settings’ length again', planFrom(7), [[{ min: 7 }]], 5],
    ['paused: the settings’ length', pausePlan(planFrom(7), dayAt(0, 8)), [], 5],
  ])('%s', (_name, plan, days, expected) => {
    expect(suggestedWalkMin(plan, historyOf(days), 5, dayAt(0, 15), ZONE)).toBe(expected);
  });

  it('follows the target as it grows', () => {
    expect(suggestedWalkMin(planFrom(5), historyOf(daysOf(7, 5)), 15, dayAt(7, 8), ZONE)).toBe(6);
  });
});
