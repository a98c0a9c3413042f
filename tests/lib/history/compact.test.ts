import { describe, expect, it } from 'vitest';
import { compactHistory } from '@/lib/history/compact';
import {
  addPostureCheck,
  addWalk,
  COMPACT_AFTER_DAYS,
  emptyHistory,
  type History,
  type WalkEntry,
} from '@/lib/history/model';
import { parseHistory } from '@/lib/history/parse';
import { dailyWalkMinutes } from '@/lib/history/totals';
import { localDay } from '@/lib/time/days';
import { DAY, history, MIN, NOW, TZ, walk } from './fixtures';

describe('compactHistory', () => {
  it('folds days older than 28 days into daily totals and keeps the rest', () => {
    const old = NOW - (COMPACT_AFTER_DAYS + 2) * DAY;
    const h = history([walk(old), walk(old + MIN * 60, 3, false), walk(NOW - DAY)], [old, old + MIN, NOW]);
    const c = compactHistory(h, NOW, TZ);
    expect(c.walks).toEqual([walk(NOW - DAY)]);
    expect(c.postureChecks).toEqual([NOW]);
    expect(c.daily).toEqual([{ day: localDay(old, TZ), walkMin: 8, walks: 2, finishedWalks: 1, postureChecks: 2 }]);
    // Nothing is lost from the per-day view.
    expect(dailyWalkMinutes(c, NOW, TZ, 60)).toEqual(dailyWalkMinutes(h, NOW, TZ, 60));
  });
  it('adds to an existing daily total of the same day', () => {
    const old = NOW - 40 * DAY;
    const h: History = {
      ...history([walk(old)]),
      daily: [{ day: localDay(old, TZ), walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 1 }],
    };
    expect(compactHistory(h, NOW, TZ).daily).toEqual([
      { day: localDay(old, TZ), walkMin: 10, walks: 2, finishedWalks: 2, postureChecks: 1 },
    ]);
  });
  it('returns the same history when nothing is old', () => {
    const h = history([walk(NOW)]);
    expect(compactHistory(h, NOW, TZ)).toBe(h);
  });

  it('keeps a year of typical use under 64 KB', () => {
    // 8 walks and 16 answered posture checks a day for 365 days, compacted every day as the
    // background does after each write. Measured: about 60 KB; a further year adds about 28 KB.
    let h = emptyHistory();
    const start = Date.UTC(2024, 5, 15, 7, 0);
    for (let d = 0; d < 365; d++) {
      const morning = start + d * DAY;
      for (let i = 0; i < 8; i++) h = addWalk(h, walk(morning + i * 60 * MIN, 5.3, i % 4 !== 0, 5));
      for (let i = 0; i < 16; i++) h = addPostureCheck(h, morning + i * 30 * MIN + 17_123);
      h = compactHistory(h, morning + 12 * 60 * MIN, TZ);
    }
    const bytes = new TextEncoder().encode(JSON.stringify(h)).length;
    console.info(`history after a simulated year: ${bytes} bytes (${h.walks.length} walks, ${h.daily.length} days)`);
    expect(bytes).toBeLessThan(64 * 1024);
    expect(h.daily.length).toBeGreaterThan(320);
    expect(parseHistory(h, { now: start + 366 * DAY }).problems).toEqual([]);
  });
});
