/** History's boundaries that a mutation run showed no test pinned down. */
import { describe, expect, it } from 'vitest';
import { compactHistory } from '@/lib/history/compact';
import { mergeHistory } from '@/lib/history/merge';
import { COMPACT_AFTER_DAYS, HISTORY_LIMITS, emptyDay, emptyHistory, type DailyTotal } from '@/lib/history/model';
import { parseHistory, walkProblem } from '@/lib/history/parse';
import { totalsByDay } from '@/lib/history/totals';
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
