import { describe, expect, it } from 'vitest';
import { ADVICE } from '@/lib/content/advice';
import { adviceFor, CHECK_IN_WINDOW_MS, walkToCheckIn, worsePersists } from '@/lib/plan/check-in';
import { DAY, dayKey, HOUR, MINUTE, historyOf, walkOn, ZONE, type WalkSpec } from './helpers';

describe('walkToCheckIn', () => {
  const history = historyOf([[{ min: 3 }, { min: 5 }]]);
  const last = history.walks[1]!;

  it('asks about the last walk while it has no check-in, for a few hours after it ended', () => {
    expect(walkToCheckIn(history, last.endedAt + MINUTE, null)).toBe(last);
    expect(walkToCheckIn(history, last.endedAt + CHECK_IN_WINDOW_MS, null)).toBe(last);
    expect(walkToCheckIn(history, last.endedAt + CHECK_IN_WINDOW_MS + 1, null)).toBeNull();
    expect(CHECK_IN_WINDOW_MS).toBe(3 * HOUR);
  });

  it('does not ask once the walk has a check-in, or after the user skipped it', () => {
    const answered = historyOf([[{ min: 3 }, { min: 5, feel: 'same' }]]);
    expect(walkToCheckIn(answered, last.endedAt + MINUTE, null)).toBeNull();
    expect(walkToCheckIn(history, last.endedAt + MINUTE, last.startedAt)).toBeNull();
    // A skip of an earlier walk does not hide this one.
    expect(walkToCheckIn(history, last.endedAt + MINUTE, history.walks[0]!.startedAt)).toBe(last);
  });

  it('asks only about the last walk, never an older one left unanswered', () => {
    const h = historyOf([[{ min: 3 }, { min: 5, feel: 'better' }]]);
    expect(walkToCheckIn(h, h.walks[1]!.endedAt + MINUTE, null)).toBeNull();
    expect(walkToCheckIn(historyOf([]), 0, null)).toBeNull();
  });
});

describe('adviceFor', () => {
  it.each<[string, Parameters<typeof adviceFor>, (keyof typeof ADVICE)[]]>([
    ['better: work up, and posture', ['better', undefined, { beyondPlan: false }], ['workUp', 'posture']],
    ['same: the same', ['same', undefined, { beyondPlan: true }], ['workUp', 'posture']],
    [
      'worse: rest first, the pool, retro walking',
      ['worse', undefined, { beyondPlan: false }],
      ['rest', 'shallowPool', 'retroWalking'],
    ],
    [
      'worse in the lower back',
      ['worse', 'lower-back', { beyondPlan: false }],
      ['rest', 'shallowPool', 'retroWalking'],
    ],
    [
      'worse in the hip or buttock: flat ground',
      ['worse', 'hip', { beyondPlan: false }],
      ['rest', 'shallowPool', 'flatGround', 'retroWalking'],
    ],
    [
      'worse down the leg: sciatica',
      ['worse', 'leg', { beyondPlan: false }],
      ['rest', 'shallowPool', 'retroWalking', 'sciatica'],
    ],
    [
      'worse beyond the plan: walking too much',
      ['worse', undefined, { beyondPlan: true }],
      ['rest', 'shallowPool', 'tooMuch', 'retroWalking'],
    ],
  ])('%s', (_name, args, expected) => {
    expect(adviceFor(...args)).toEqual(expected);
  });
});

describe('worsePersists', () => {
  const w = (feel?: 'worse' | 'better'): WalkSpec[] => [{ min: 5, feel }];
  it.each<[string, WalkSpec[][], boolean]>([
    ['no walks', [], false],
    ['one "Worse" day', [w('worse')], false],
    ['two walk days in a row with "Worse"', [w('worse'), [], w('worse')], true],
    ['the last of them better', [w('worse'), w('worse'), w('better')], false],
    ['the last two of three walk days "Worse"', [w('better'), w('worse'), w('worse')], true],
    [
      'a "Worse" among several walks of each day',
      [[{ min: 2 }, { min: 3, feel: 'worse' }], [{ min: 3, feel: 'worse' }]],
      true,
    ],
  ])('%s: %s', (_name, days, expected) => {
    expect(worsePersists(historyOf(days), ZONE)).toBe(expected);
  });

  it('skips days without walks (posture checks only)', () => {
    const h = historyOf([w('worse'), w('worse')]);
    const nextDay = h.walks[1]!.startedAt + DAY;
    expect(worsePersists({ ...h, postureChecks: [nextDay] }, ZONE)).toBe(true);
  });

  it('takes the last two walk days by date, whatever order the history keeps them in', () => {
    // Daily totals come first in the history, detailed walks after them; after the clock was set back, a
    // day folded into totals (day 5) can be later than the detailed walks (days 1 and 3).
    const h = historyOf([[], w('better'), [], w('worse')]);
    const folded = { day: dayKey(5), walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0, worse: 1 };
    expect(worsePersists({ ...h, daily: [folded] }, ZONE)).toBe(true);
    expect(worsePersists({ ...h, daily: [{ ...folded, worse: undefined }] }, ZONE)).toBe(false);
  });

  it('counts days, not walks', () => {
    const h = historyOf([
      [
        { min: 2, feel: 'worse' },
        { min: 3, feel: 'worse' },
      ],
    ]);
    expect(worsePersists(h, ZONE)).toBe(false);
    expect(walkOn(0, { min: 1 }).finished).toBe(true);
  });
});
