/** History's boundaries that a mutation run showed no test pinned down. */
import { describe, expect, it } from 'vitest';
import { compactHistory } from '@/lib/history/compact';
import { mergeHistory } from '@/lib/history/merge';
import { COMPACT_AFTER_DAYS, HISTORY_LIMITS, emptyDay, emptyHistory, type DailyTotal } from '@/lib/history/model';
import { parseHistory, walkProblem } from '@/lib/history/parse';
import { dailyPostureChecks, totalsByDay } from '@/lib/history/totals';
import { localDay } from '@/lib/time/days';
import { DAY, MIN, NOW, TZ, history, walk } from './fixtures';

const day = (patch: Partial<DailyTotal>): DailyTotal => ({ ...emptyDay('2025-01-01'), ...patch });

describe('history limits', () => {
  it('are the documented ones', () => {
    expect(HISTORY_LIMITS).toMatchObject({
      earliest: Date.UTC(2020, 0, 1),
      futureSlackMs: DAY,
      actualSlackMin: 1,
      maxWalks: 5_000,
      maxPostureChecks: 20_000,
      maxDaily: 3_660,
      maxDayWalkMin: 1_440,
      maxDayCount: 1_000,
    });
    expect(COMPACT_AFTER_DAYS).toBe(28);
  });

  it.each([
    ['the first moment of 2020', HISTORY_LIMITS.earliest, true],
    ['a moment before 2020', HISTORY_LIMITS.earliest - 1, false],
    ['a day after the clock', NOW + DAY, true],
    ['a moment more than a day after the clock', NOW + DAY + 1, false],
  ])('an imported walk at %s is accepted (%s)', (_name, at, ok) => {
    const w = { ...walk(at), endedAt: at };
    w.actualMin = 0;
    expect(walkProblem(w, { now: NOW }) === null).toBe(ok);
  });

  it.each([
    ['planned 1 minute', { plannedMin: 1, actualMin: 1 }, true],
    ['planned 60 minutes', { plannedMin: 60, actualMin: 5 }, true],
    ['planned 0 minutes', { plannedMin: 0, actualMin: 0 }, false],
    ['planned 61 minutes', { plannedMin: 61, actualMin: 5 }, false],
    ['planned 2.5 minutes', { plannedMin: 2.5, actualMin: 1 }, false],
    ['a minute over the plan (rounding, a late end)', { plannedMin: 5, actualMin: 6, endedAt: NOW + 6 * MIN }, true],
    ['more than a minute over the plan', { plannedMin: 5, actualMin: 6.1, endedAt: NOW + 7 * MIN }, false],
    ['as long as it lasted plus a minute', { actualMin: 5, endedAt: NOW + 4 * MIN }, true],
    ['longer than it lasted plus a minute', { actualMin: 5.1, endedAt: NOW + 4 * MIN }, false],
    ['0 minutes', { actualMin: 0 }, true],
  ])('a walk %s is accepted: %s', (_name, patch, ok) => {
    expect(walkProblem({ ...walk(NOW), ...patch }) === null).toBe(ok);
  });

  it.each([
    ['a day of 1,440 walking minutes', { walkMin: 1_440 }, true],
    ['more walking minutes than a day has', { walkMin: 1_441 }, false],
    ['negative minutes', { walkMin: -1 }, false],
    ['a bad walk count', { walks: 1.5 }, false],
    ['1,000 posture checks', { postureChecks: 1_000 }, true],
    ['more than 1,000 posture checks', { postureChecks: 1_001 }, false],
    ['more finished walks than walks', { walks: 1, finishedWalks: 2 }, false],
    ['a bad snooze count', { snoozes: -1 }, false],
  ])('a daily total with %s is accepted: %s', (_name, patch, ok) => {
    const { problems } = parseHistory({ ...emptyHistory(), daily: [day(patch)] });
    expect(problems.length === 0).toBe(ok);
  });

  it('keeps exactly the maximum number of entries, and the newest when there are more', () => {
    const checks = Array.from({ length: HISTORY_LIMITS.maxPostureChecks }, (_, i) => NOW - i * 1000);
    expect(parseHistory({ ...emptyHistory(), postureChecks: checks }).problems).toEqual([]);
    const more = [NOW - 10 ** 9, ...checks];
    const { history: h, problems } = parseHistory({ ...emptyHistory(), postureChecks: more });
    expect(h.postureChecks).not.toContain(NOW - 10 ** 9);
    expect(problems).toHaveLength(1);
  });

  it.each([
    ['a number', 7, ['history: not an object']],
    ['a version 0', { ...emptyHistory(), version: 0 }, ['history.version: 0 is not a version']],
    ['a text version', { ...emptyHistory(), version: 'two' }, ['history.version: "two" is not a version']],
  ])('reports history that is %s', (_name, raw, problems) => {
    expect(parseHistory(raw).problems).toEqual(problems);
  });

  it('keeps the walks of a version 1 history (imports of old files)', () => {
    const v1 = { version: 1, walks: [walk(NOW - DAY)], postureChecks: [] };
    expect(parseHistory(v1, { now: NOW }).history.walks).toEqual([walk(NOW - DAY)]);
  });
});

describe('history totals and compaction at their edges', () => {
  it('rounds a day’s walking to one decimal', () => {
    const h = history([walk(NOW, 1.04), walk(NOW + 10 * MIN, 1.04)]);
    expect(totalsByDay(h, TZ).get(localDay(NOW, TZ))?.walkMin).toBe(2.1);
  });

  it('keeps the detail of the 28th day back and folds the 29th', () => {
    const day28 = NOW - COMPACT_AFTER_DAYS * DAY;
    const day29 = day28 - DAY;
    const c = compactHistory(history([walk(day28), walk(day29)]), NOW, TZ);
    expect(c.walks).toEqual([walk(day28)]);
    expect(c.daily.map((d) => d.day)).toEqual([localDay(day29, TZ)]);
  });

  it('keeps 27-day-old detail without looking at local days', () => {
    const h = history([walk(NOW - 27 * DAY)]);
    expect(compactHistory(h, NOW, TZ)).toBe(h);
  });
});

describe('mergeHistory of days totalled on both sides', () => {
  it('keeps the larger of every count, and sorts the days', () => {
    const a = {
      ...emptyHistory(),
      daily: [day({ day: '2025-01-02', walkMin: 10, walks: 1, finishedWalks: 0, postureChecks: 5 })],
    };
    const b = {
      ...emptyHistory(),
      daily: [
        day({ day: '2025-01-02', walkMin: 4, walks: 2, finishedWalks: 2, postureChecks: 1, snoozes: 3, skips: 1 }),
        day({ day: '2025-01-01', walkMin: 1, walks: 1 }),
      ],
    };
    expect(mergeHistory(a, b, TZ).daily).toEqual([
      day({ day: '2025-01-01', walkMin: 1, walks: 1 }),
      day({ day: '2025-01-02', walkMin: 10, walks: 2, finishedWalks: 2, postureChecks: 5, snoozes: 3, skips: 1 }),
    ]);
  });
});

describe('history edges, round two', () => {
  it('merges two copies of one walk into the fuller one: the later end, the later check-in', () => {
    const a = { ...walk(NOW, 3, false), checkIn: { at: NOW + 10 * MIN, feel: 'worse' as const } };
    const b = { ...walk(NOW, 5), endedAt: NOW + 9 * MIN, checkIn: { at: NOW + 20 * MIN, feel: 'better' as const } };
    const merged = mergeHistory(history([a]), history([b]), TZ).walks[0]!;
    expect(merged).toEqual({ ...b, actualMin: 5, finished: true });
    expect(mergeHistory(history([b]), history([a]), TZ).walks[0]).toEqual(merged);
    // A copy without a check-in keeps the other's.
    const bare = mergeHistory(history([walk(NOW, 5)]), history([a]), TZ).walks[0]!;
    expect(bare.checkIn).toEqual(a.checkIn);
    expect(mergeHistory(history([walk(NOW)]), history([walk(NOW)]), TZ).walks[0]).not.toHaveProperty('checkIn');
  });

  it('sorts daily totals by day when it reads them', () => {
    const days = ['2025-03-02', '2025-01-15', '2025-02-28'].map((d) => day({ day: d }));
    expect(parseHistory({ ...emptyHistory(), daily: days }).history.daily.map((d) => d.day)).toEqual([
      '2025-01-15',
      '2025-02-28',
      '2025-03-02',
    ]);
  });

  it('folds old snoozes and skips into their day’s totals and keeps recent ones', () => {
    const old = NOW - 40 * DAY;
    const h = { ...history([]), snoozes: [old, old + MIN, NOW], skips: [old, NOW - MIN] };
    const c = compactHistory(h, NOW, TZ);
    expect(c.snoozes).toEqual([NOW]);
    expect(c.skips).toEqual([NOW - MIN]);
    expect(c.daily).toEqual([{ ...emptyDay(localDay(old, TZ)), snoozes: 2, skips: 1 }]);
  });

  it('refuses negative moments even in what is stored', () => {
    const { history: h, problems } = parseHistory({ ...emptyHistory(), postureChecks: [-5000, NOW] });
    expect(h.postureChecks).toEqual([NOW]);
    expect(problems).toHaveLength(1);
  });

  it.each([
    ['the last day of 2019', '2019-12-31', true],
    ['a day before that', '2019-12-30', false],
    ['tomorrow', '2025-06-16', true],
    ['the day after tomorrow', '2025-06-17', false],
  ])('imports a daily total of %s: %s', (_name, d, ok) => {
    expect(parseHistory({ ...emptyHistory(), daily: [day({ day: d })] }, { now: NOW }).problems.length === 0).toBe(ok);
  });

  it('refuses a daily total whose skips are not a count', () => {
    expect(parseHistory({ ...emptyHistory(), daily: [day({ skips: -1 })] }).problems).toHaveLength(1);
    expect(parseHistory({ ...emptyHistory(), daily: [day({ skips: 2 })] }).problems).toEqual([]);
  });

  it('reads no history, and says nothing, when there is none', () => {
    expect(parseHistory(null)).toEqual({ history: emptyHistory(), problems: [] });
    expect(parseHistory(undefined)).toEqual({ history: emptyHistory(), problems: [] });
  });

  it.each([
    ['version 1 without daily totals', { version: 1, walks: [], postureChecks: [] }, []],
    ['version 2 without daily totals', { version: 2, walks: [], postureChecks: [] }, ['history.daily: not a list']],
    ['version 2 without snoozes', { version: 2, walks: [], postureChecks: [], daily: [] }, []],
    [
      'version 3 without snoozes and skips',
      { version: 3, walks: [], postureChecks: [], daily: [] },
      ['history.snoozes: not a list', 'history.skips: not a list'],
    ],
  ])('knows which lists each version has: %s', (_name, raw, problems) => {
    expect(parseHistory(raw).problems).toEqual(problems);
  });

  it('counts posture checks over the last seven days by default', () => {
    expect(dailyPostureChecks(history([], [NOW]), NOW, TZ)).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });
});
