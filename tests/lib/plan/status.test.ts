import { describe, expect, it } from 'vitest';
import { emptyHistory } from '@/lib/history/model';
import { pausePlan } from '@/lib/plan/plan';
import { overWalkingWalk, planStatus, planTargets, suggestedStartMin } from '@/lib/plan/status';
import { dayAt, dayKey, daysOf, historyOf, planFrom, walkOn, ZONE, type WalkSpec } from './helpers';

const met = (min = 5): WalkSpec[] => [{ min }];
const worse = (min = 5): WalkSpec[] => [{ min, feel: 'worse' }];
const none: WalkSpec[] = [];

describe('planStatus', () => {
  it('shows today’s target, minutes, the week’s days met, and the growth to come', () => {
    const status = planStatus(planFrom(6), historyOf([met(6), met(6), [{ min: 2 }]]), dayAt(2, 15), ZONE);
    expect(status).toEqual({
      paused: false,
      target: 6,
      todayMin: 2,
      weekMet: 2,
      weekDaysLeft: 4,
      change: null,
      next: { kind: 'grow', target: 7, days: 2, tomorrow: false },
      stuck: false,
      overWalkingWalk: null,
    });
  });

  it.each<[string, WalkSpec[][], number, object]>([
    ['the last day of a good week: grows tomorrow', daysOf(7, 5), 6, { kind: 'grow', target: 6, tomorrow: true }],
    ['a "Worse" this week: holds', [met(), worse()], 1, { kind: 'hold-worse', target: 5 }],
    ['too few days left to meet it on 4', [none, none, none, none], 4, { kind: 'hold-days', target: 5 }],
    ['today could still be the 4th day met', [met(), met(), met(), none, none, none], 6, { kind: 'grow' }],
    [
      'two "Worse" today: steps back from tomorrow',
      [
        [
          { min: 3, feel: 'worse' },
          { min: 3, feel: 'worse' },
        ],
      ],
      0,
      { kind: 'down', target: 5 },
    ],
  ])('%s', (_name, days, day, next) => {
    // Start at 5 unless stepping back is the point.
    const startMin = (next as { kind: string }).kind === 'down' ? 6 : 5;
    expect(planStatus(planFrom(startMin), historyOf(days), dayAt(day, 20), ZONE).next).toMatchObject(next);
  });

  it('counts today once when today’s walking meets the target exactly', () => {
    // Plan day 4 of 7, met only today (5 of 5 min): with 2 days left, at most 3 days met, not the 4 needed.
    const status = planStatus(planFrom(5), historyOf([none, none, none, none, met(5)]), dayAt(4, 20), ZONE);
    expect(status).toMatchObject({ todayMin: 5, weekMet: 1, weekDaysLeft: 2, next: { kind: 'hold-days', target: 5 } });
  });

  it('needs no more days once the week is met on 4 days', () => {
    const four = planStatus(planFrom(5), historyOf(daysOf(4, 5)), dayAt(3, 20), ZONE);
    expect(four.next).toEqual({ kind: 'grow', target: 6, days: 0, tomorrow: false });
    const five = planStatus(planFrom(5), historyOf(daysOf(5, 5)), dayAt(4, 20), ZONE);
    expect(five.next).toEqual({ kind: 'grow', target: 6, days: 0, tomorrow: false });
    const three = planStatus(planFrom(5), historyOf(daysOf(3, 5)), dayAt(2, 20), ZONE);
    expect(three.next).toEqual({ kind: 'grow', target: 6, days: 1, tomorrow: false });
  });

  it('says the highest target is reached at 30 min', () => {
    const status = planStatus(planFrom(10), historyOf(daysOf(7 * 17, 40)), dayAt(7 * 17, 8), ZONE);
    expect(status.target).toBe(30);
    expect(status.next).toEqual({ kind: 'top', target: 30 });
  });

  it('is stuck at the floor after two weeks of "Worse", and says so', () => {
    const days = [worse(), ...daysOf(6, 5), worse(), ...daysOf(6, 5)];
    const status = planStatus(planFrom(5), historyOf(days), dayAt(15, 8), ZONE);
    expect(status.stuck).toBe(true);
    expect(status.next).toEqual({ kind: 'stuck', target: 5 });
  });

  it('says how today’s target came about', () => {
    expect(planStatus(planFrom(5), historyOf(daysOf(7, 5)), dayAt(7, 8), ZONE).change).toBe('up');
    expect(planStatus(planFrom(8), historyOf([]), dayAt(14, 8), ZONE)).toMatchObject({ change: 'restart', target: 6 });
  });

  it('keeps saying it all that plan week, as its words say "this week"; not in the next one', () => {
    // Grew on day 7; days 8–13 of the same week still say so (before: only day 7 did).
    const history = historyOf(daysOf(9, 5));
    for (const n of [8, 13]) expect(planStatus(planFrom(5), history, dayAt(n, 8), ZONE).change, `day ${n}`).toBe('up');
    // Day 14 starts the next week; without 4 days met in the last one, it holds: nothing to say.
    expect(planStatus(planFrom(5), history, dayAt(14, 8), ZONE).change).toBeNull();
  });

  it('at the highest target, a good week changes nothing', () => {
    const status = planStatus(planFrom(30), historyOf(daysOf(7, 30)), dayAt(7, 8), ZONE);
    expect(status).toMatchObject({ target: 30, change: null, next: { kind: 'top', target: 30 } });
  });

  it('shows a paused plan at the target it was paused at', () => {
    const plan = pausePlan(planFrom(5), dayAt(7, 20));
    const status = planStatus(plan, historyOf(daysOf(7, 5)), dayAt(9, 8), ZONE);
    expect(status).toMatchObject({ paused: true, target: 6, todayMin: 0, overWalkingWalk: null });
  });

  it('brings up no "Can you walk too much?" once the plan is paused, even on the day it was paused', () => {
    // Twice the target walked, then the plan paused the same evening.
    const plan = pausePlan(planFrom(5), dayAt(0, 20));
    const status = planStatus(plan, historyOf([[{ min: 6 }, { min: 6 }]]), dayAt(0, 21), ZONE);
    expect(status).toMatchObject({ paused: true, todayMin: 12, overWalkingWalk: null });
  });

  it('a plan paused with too few days left in its week to meet the target on enough of them holds', () => {
    // Paused during plan day 4 of 7 (day 4 counts), one day met: 2 days left, so at most 3 of the 4 needed.
    const plan = pausePlan(planFrom(5), dayAt(4, 8));
    const status = planStatus(plan, historyOf([met()]), dayAt(5), ZONE);
    expect(status).toMatchObject({ paused: true, weekMet: 1, weekDaysLeft: 2, next: { kind: 'hold-days', target: 5 } });
    // Two days met before the pause: 4 are still within reach.
    const met2 = planStatus(plan, historyOf([met(), met()]), dayAt(5), ZONE);
    expect(met2).toMatchObject({ weekMet: 2, weekDaysLeft: 2, next: { kind: 'grow', target: 6, days: 2 } });
  });

  it('names the walk that took today to twice the target', () => {
    const history = historyOf([[{ min: 4 }, { min: 4 }, { min: 2 }, { min: 5 }]]);
    const third = walkOn(0, { min: 2 }, 11).startedAt;
    expect(planStatus(planFrom(5), history, dayAt(0, 20), ZONE).overWalkingWalk).toBe(third);
  });
});

describe('overWalkingWalk', () => {
  it.each<[string, number[], number, number | null]>([
    ['under twice the target', [4, 5], 5, null],
    ['exactly twice, with the second walk', [5, 5, 3], 5, 1],
    ['beyond, with the third walk', [3, 3, 9, 1], 6, 2],
    ['one long walk', [12], 6, 0],
  ])('%s', (_name, minutes, target, index) => {
    const walks = minutes.map((min, i) => walkOn(0, { min }, 9 + i));
    expect(overWalkingWalk(walks, target)).toBe(index === null ? null : walks[index]!.startedAt);
  });
});

describe('planTargets', () => {
  it('gives each day’s target, null before the plan and on paused days', () => {
    const plan = planFrom(5, dayAt(2));
    const days = [0, 1, 2, 3, 9, 10].map(dayKey);
    expect(planTargets(plan, historyOf(daysOf(10, 5)), days, dayAt(10), ZONE)).toEqual([null, null, 5, 5, 6, 6]);
  });
});

describe('suggestedStartMin', () => {
  it.each<[string, WalkSpec[][], number]>([
    ['no walks: 5 min', [], 5],
    ['walks on 6 of the last 14 days are not regular: 5 min', daysOf(6, 9), 5],
    ['typical 8 min on 10 days: 8 min', daysOf(10, 8), 8],
    ['typical 6.4 min: 6 min', daysOf(8, 6.4), 6],
    ['typical 3 min: at least 5', daysOf(10, 3), 5],
    ['typical 40 min: at most 10', daysOf(14, 40), 10],
  ])('%s', (_name, days, expected) => {
    expect(suggestedStartMin(historyOf(days), dayAt(14), ZONE)).toBe(expected);
  });

  it('takes the median of the days walked, not of all 14 days, from 7 days walked on', () => {
    // Seven days walked, in no order, among seven without walks: the median is 8 (5 6 7 8 9 10 10).
    const days = [[10], [], [5], [], [9], [6], [], [], [8], [], [7], [], [10], []].map((m) =>
      m.map((min) => ({ min })),
    );
    expect(suggestedStartMin(historyOf(days), dayAt(14), ZONE)).toBe(8);
  });

  it('looks back exactly 14 days', () => {
    // Seven days of 9 min, the first of them 14 days before today, then 15 days before.
    const days = [[9], [9], [9], [9], [9], [9], [9]].map((m) => m.map((min) => ({ min })));
    expect(suggestedStartMin(historyOf(days), dayAt(14), ZONE)).toBe(9);
    expect(suggestedStartMin(historyOf(days), dayAt(15), ZONE)).toBe(5);
  });

  it('counts yesterday, and not today, among the 14 days', () => {
    const nineOn = (walked: number[], total: number) =>
      Array.from({ length: total }, (_, n) => (walked.includes(n) ? [{ min: 9 }] : []));
    // Seven days walked up to yesterday: regular.
    expect(suggestedStartMin(historyOf(nineOn([0, 1, 2, 3, 4, 5, 6], 7)), dayAt(7), ZONE)).toBe(9);
    // Six days walked before today, and today: not regular yet.
    expect(suggestedStartMin(historyOf(nineOn([7, 8, 9, 10, 11, 12, 14], 15)), dayAt(14, 20), ZONE)).toBe(5);
  });

  it('counts a day with a walk of a minute as a day walked', () => {
    const days = [[1], [9], [9], [9], [9], [9], [9]].map((m) => m.map((min) => ({ min })));
    expect(suggestedStartMin(historyOf(days), dayAt(7), ZONE)).toBe(9);
  });

  it('ignores today (it has only begun)', () => {
    expect(suggestedStartMin(historyOf([...Array(14).fill(none), [{ min: 9 }]]), dayAt(14, 20), ZONE)).toBe(5);
    expect(suggestedStartMin(emptyHistory(), dayAt(0), ZONE)).toBe(5);
  });
});
