import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactHistory } from '@/lib/history/compact';
import { mergeHistory } from '@/lib/history/merge';
import { emptyHistory, type History, type WalkEntry } from '@/lib/history/model';
import { parseHistory } from '@/lib/history/parse';
import { dailyWalkMinutes, walkCount } from '@/lib/history/totals';
import { localDay } from '@/lib/time/days';
import { DAY, history, MIN, NOW, TZ, walk } from './fixtures';

const moment = fc.integer({ min: NOW - 60 * DAY, max: NOW }).map((t) => t - (t % 1000));
const walkArb = fc
  .record({ at: moment, min: fc.integer({ min: 1, max: 5 }), finished: fc.boolean() })
  .map((w) => walk(w.at, w.min, w.finished));
const historyArb = fc
  .record({ walks: fc.array(walkArb, { maxLength: 12 }), checks: fc.array(moment, { maxLength: 12 }) })
  .map((h) => parseHistory(history(h.walks, h.checks)).history);

describe('mergeHistory', () => {
  it('unites walks and checks without duplicates', () => {
    const a = history([walk(NOW - DAY), walk(NOW)], [NOW]);
    const b = history([walk(NOW), walk(NOW - 2 * DAY)], [NOW, NOW - DAY]);
    const m = mergeHistory(a, b, TZ);
    expect(m.walks.map((w) => w.startedAt)).toEqual([NOW - 2 * DAY, NOW - DAY, NOW]);
    expect(m.postureChecks).toEqual([NOW - DAY, NOW]);
  });
  it('keeps the fuller of two copies of the same walk, whichever side has it', () => {
    expect(mergeHistory(history([walk(NOW, 5)]), history([walk(NOW, 4, false)]), TZ).walks).toEqual([walk(NOW, 5)]);
    expect(mergeHistory(history([walk(NOW, 4, false)]), history([walk(NOW, 5)]), TZ).walks).toEqual([walk(NOW, 5)]);
  });
  it('does not double a day totalled in both', () => {
    const day = { day: '2025-01-01', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 };
    const m = mergeHistory(
      { ...emptyHistory(), daily: [day] },
      { ...emptyHistory(), daily: [{ ...day, walks: 3 }] },
      TZ,
    );
    expect(m.daily).toEqual([{ ...day, walks: 3 }]);
  });
  it('is idempotent', () => {
    const a = history([walk(NOW - DAY), walk(NOW)], [NOW]);
    expect(mergeHistory(a, a, TZ)).toEqual(a);
  });

  it('counts a day once when the backup has its walks in detail and this device has compacted it', () => {
    const old = NOW - 40 * DAY;
    const backup = history([walk(old), walk(old + 2 * 60 * MIN)], [old]);
    const here = compactHistory(backup, NOW, TZ);
    expect(here.walks).toEqual([]);
    const once = compactHistory(mergeHistory(here, backup, TZ), NOW, TZ);
    expect(once.daily).toEqual([{ day: localDay(old, TZ), walkMin: 10, walks: 2, finishedWalks: 2, postureChecks: 1 }]);
    // Importing the same backup again, and again, changes nothing.
    const twice = compactHistory(mergeHistory(once, backup, TZ), NOW, TZ);
    expect(twice).toEqual(once);
    expect(dailyWalkMinutes(twice, NOW, TZ, 60)).toEqual(dailyWalkMinutes(backup, NOW, TZ, 60));
  });

  it('is idempotent and loses nothing, for any two histories (1,000 random cases)', () => {
    fc.assert(
      fc.property(historyArb, historyArb, fc.boolean(), fc.boolean(), (a0, b0, compactA, compactB) => {
        const a = compactA ? compactHistory(a0, NOW, TZ) : a0;
        const b = compactB ? compactHistory(b0, NOW, TZ) : b0;
        const once = compactHistory(mergeHistory(a, b, TZ), NOW, TZ);
        const twice = compactHistory(mergeHistory(once, b, TZ), NOW, TZ);
        expect(twice).toEqual(once);
        // No day counts less than either side had, nor more than both together.
        const days = (h: History) => dailyWalkMinutes(h, NOW, TZ, 62);
        const [da, db, dm] = [days(a), days(b), days(once)];
        dm.forEach((m, i) => {
          expect(m).toBeGreaterThanOrEqual(Math.max(da[i]!, db[i]!) - 0.01);
          expect(m).toBeLessThanOrEqual(da[i]! + db[i]! + 0.01);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('adds as many walks as the import really brings: none twice, none again (500 random cases)', () => {
    // What the import reports (entrypoints/background/data.ts): walkCount after the merge less before.
    fc.assert(
      fc.property(historyArb, historyArb, fc.boolean(), fc.boolean(), (a0, b0, compactA, compactB) => {
        const a = compactA ? compactHistory(a0, NOW, TZ) : a0;
        const b = compactB ? compactHistory(b0, NOW, TZ) : b0;
        expect(walkCount(a)).toBe(a0.walks.length);
        const once = compactHistory(mergeHistory(a, b, TZ), NOW, TZ);
        const added = walkCount(once) - walkCount(a);
        expect(added).toBeGreaterThanOrEqual(0);
        expect(added).toBeLessThanOrEqual(walkCount(b));
        const fresh = new Set(a0.walks.map((w) => w.startedAt));
        if (!compactA && !compactB)
          expect(added).toBe(new Set(b0.walks.map((w) => w.startedAt).filter((t) => !fresh.has(t))).size);
        expect(walkCount(compactHistory(mergeHistory(once, b, TZ), NOW, TZ))).toBe(walkCount(once));
      }),
      { numRuns: 500 },
    );
  });
});
