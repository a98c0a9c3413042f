import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyItem, readHistory } from '@/lib/browser/history-store';
import {
  addDays,
  addPostureCheck,
  addWalk,
  compactHistory,
  COMPACT_AFTER_DAYS,
  currentStreak,
  dailyPostureChecks,
  dailyWalkMinutes,
  emptyHistory,
  localDay,
  mergeHistory,
  migrateHistoryV1toV2,
  parseHistory,
  type History,
  type WalkEntry,
} from '@/lib/history/history';

const MIN = 60_000;
const DAY = 86_400_000;
const TZ = 'Europe/Berlin';
// 2025-06-15 12:00 in Berlin (UTC+2).
const NOW = Date.UTC(2025, 5, 15, 10, 0);

const walk = (startedAt: number, actualMin = 5, finished = true, plannedMin = 5): WalkEntry => ({
  startedAt,
  endedAt: startedAt + Math.ceil(actualMin) * MIN,
  plannedMin,
  actualMin,
  finished,
});

const history = (walks: WalkEntry[], postureChecks: number[] = []): History => ({
  version: 2,
  walks,
  postureChecks,
  daily: [],
});

describe('migrateHistoryV1toV2', () => {
  it('keeps walks and checks and adds empty daily totals', () => {
    const v1 = { version: 1, walks: [walk(NOW - DAY)], postureChecks: [NOW - 2 * DAY] };
    expect(migrateHistoryV1toV2(v1)).toEqual({
      version: 2,
      walks: v1.walks,
      postureChecks: v1.postureChecks,
      daily: [],
    });
  });
  it('turns garbage into an empty history', () => {
    expect(migrateHistoryV1toV2('nonsense')).toEqual(emptyHistory());
    expect(migrateHistoryV1toV2({ version: 1 })).toEqual(emptyHistory());
  });
});

describe('historyItem (local:history)', () => {
  it('migrates a stored v1 history to v2', async () => {
    const v1 = { version: 1, walks: [walk(NOW - DAY)], postureChecks: [NOW - DAY] };
    await fakeBrowser.storage.local.set({ history: v1 });
    await historyItem.migrate();
    expect(await historyItem.getValue()).toEqual({ ...v1, version: 2, daily: [] });
    expect(await historyItem.getMeta()).toEqual({ v: 2 });
  });

  it('reads through parseHistory, dropping bad entries', async () => {
    await fakeBrowser.storage.local.set({
      history: { version: 2, walks: [walk(NOW), 'junk'], postureChecks: [], daily: [] },
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await readHistory(NOW)).walks).toEqual([walk(NOW)]);
    expect(warn).toHaveBeenCalledOnce();
  });
});

describe('addWalk / addPostureCheck', () => {
  it('stay compatible with v2 histories', () => {
    const h = addPostureCheck(addWalk(emptyHistory(), walk(NOW)), NOW);
    expect(h).toEqual({ version: 2, walks: [walk(NOW)], postureChecks: [NOW], daily: [] });
  });
});

describe('parseHistory', () => {
  it('accepts a valid history and sorts it', () => {
    const raw = history([walk(NOW - MIN * 30), walk(NOW - DAY)], [NOW, NOW - DAY]);
    const { history: h, problems } = parseHistory(raw, NOW);
    expect(problems).toEqual([]);
    expect(h.walks.map((w) => w.startedAt)).toEqual([NOW - DAY, NOW - MIN * 30]);
    expect(h.postureChecks).toEqual([NOW - DAY, NOW]);
  });

  it('reads a v1 history (no daily totals)', () => {
    expect(parseHistory({ version: 1, walks: [], postureChecks: [] }, NOW)).toEqual({
      history: emptyHistory(),
      problems: [],
    });
  });

  it.each([
    ['not an object', 'x'],
    ['in 1970', { ...walk(0) }],
    ['in the year 3000', walk(Date.UTC(3000, 0, 1))],
    ['NaN minutes', { ...walk(NOW - DAY), actualMin: Number.NaN }],
    ['negative minutes', { ...walk(NOW - DAY), actualMin: -3 }],
    ['actual way over planned', { ...walk(NOW - DAY, 5), actualMin: 50, endedAt: NOW - DAY + 50 * MIN }],
    ['planned 0', { ...walk(NOW - DAY), plannedMin: 0 }],
    ['planned as a string', { ...walk(NOW - DAY), plannedMin: '5' }],
    ['ending before it started', { ...walk(NOW - DAY), endedAt: NOW - 2 * DAY }],
    ['finished not boolean', { ...walk(NOW - DAY), finished: 'yes' }],
    ['longer than it lasted', { ...walk(NOW - DAY, 5), endedAt: NOW - DAY + MIN }],
  ])('drops and reports a walk %s', (_, bad) => {
    const good = walk(NOW - 3 * DAY);
    const { history: h, problems } = parseHistory(history([good, bad as WalkEntry]), NOW);
    expect(h.walks).toEqual([good]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^history\.walks\[1\]: /);
  });

  it('keeps the same walk once', () => {
    const { history: h, problems } = parseHistory(history([walk(NOW - DAY), walk(NOW - DAY)]), NOW);
    expect(h.walks).toHaveLength(1);
    expect(problems).toEqual(['history.walks[1]: the same walk appears twice']);
  });

  it('drops bad posture checks and bad daily totals', () => {
    const raw = {
      version: 2,
      walks: [],
      postureChecks: [NOW, 'soon', -1, NOW],
      daily: [
        { day: '2025-01-01', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 },
        { day: '2025-02-30', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 },
        { day: '2025-01-02', walkMin: 10, walks: 1, finishedWalks: 2, postureChecks: 3 },
        { day: '2025-01-01', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 },
      ],
    };
    const { history: h, problems } = parseHistory(raw, NOW);
    expect(h.postureChecks).toEqual([NOW]);
    expect(h.daily.map((d) => d.day)).toEqual(['2025-01-01']);
    expect(problems).toHaveLength(6);
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [undefined, null, 3, [], { walks: 'x', postureChecks: {}, daily: 7 }, { version: 9 }]) {
      expect(() => parseHistory(raw, NOW)).not.toThrow();
    }
    expect(parseHistory({ walks: 'x' }, NOW).problems).toContain('history.walks: not a list');
  });

  it('caps huge lists and reports it', () => {
    const checks = Array.from({ length: 20_001 }, (_, i) => NOW - i * 1000);
    const { history: h, problems } = parseHistory({ version: 2, walks: [], postureChecks: checks, daily: [] }, NOW);
    expect(h.postureChecks).toHaveLength(20_000);
    expect(problems[0]).toContain('more than 20000');
  });
});

describe('localDay / addDays', () => {
  it('uses the given time zone', () => {
    const lateEvening = Date.UTC(2025, 5, 14, 23, 30);
    expect(localDay(lateEvening, 'UTC')).toBe('2025-06-14');
    expect(localDay(lateEvening, 'Europe/Berlin')).toBe('2025-06-15');
    expect(localDay(lateEvening, 'America/New_York')).toBe('2025-06-14');
  });
  it.each([
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-30', 1, '2025-03-31'],
  ])('%s %+d is %s', (day, offset, expected) => {
    expect(addDays(day, offset)).toBe(expected);
  });
});

describe('dailyWalkMinutes', () => {
  it('gives one number per local day, oldest first', () => {
    const h = history([
      walk(NOW, 5),
      walk(NOW - MIN * 90, 2.5, false),
      walk(NOW - 2 * DAY, 10, true, 10),
      walk(NOW - 40 * DAY),
    ]);
    const days = dailyWalkMinutes(h, NOW, TZ);
    expect(days).toHaveLength(28);
    expect(days[27]).toBe(7.5);
    expect(days[25]).toBe(10);
    expect(days.reduce((a, b) => a + b)).toBe(17.5);
  });
  it('counts a walk after local midnight on the new day', () => {
    // 00:30 in Berlin on 15 June is 22:30 UTC on 14 June.
    const h = history([walk(Date.UTC(2025, 5, 14, 22, 30))]);
    expect(dailyWalkMinutes(h, NOW, TZ, 2)).toEqual([0, 5]);
    expect(dailyWalkMinutes(h, NOW, 'UTC', 2)).toEqual([5, 0]);
  });
  it('includes compacted days', () => {
    const h: History = {
      ...emptyHistory(),
      daily: [{ day: '2025-06-01', walkMin: 12, walks: 2, finishedWalks: 2, postureChecks: 0 }],
    };
    expect(dailyWalkMinutes(h, NOW, TZ, 28)[27 - 14]).toBe(12);
  });
  it('survives a daylight saving change', () => {
    const now = Date.UTC(2025, 2, 31, 10); // Monday after the spring change in Berlin
    const h = history([walk(Date.UTC(2025, 2, 29, 10)), walk(Date.UTC(2025, 2, 30, 10))]);
    expect(dailyWalkMinutes(h, now, TZ, 3)).toEqual([5, 5, 0]);
  });
});

describe('dailyPostureChecks', () => {
  it('counts checks per local day', () => {
    const h = history([], [NOW, NOW - MIN, NOW - DAY]);
    expect(dailyPostureChecks(h, NOW, TZ, 3)).toEqual([0, 1, 2]);
  });
});

describe('currentStreak', () => {
  it.each([
    ['no walks', [], 0],
    ['a finished walk today', [walk(NOW)], 1],
    ['only a cut-short walk today', [walk(NOW, 2, false)], 0],
    ['yesterday and the day before, none yet today', [walk(NOW - DAY), walk(NOW - 2 * DAY)], 2],
    ['today, yesterday, a gap, then more', [walk(NOW), walk(NOW - DAY), walk(NOW - 3 * DAY)], 2],
    ['a gap of two days', [walk(NOW - 2 * DAY)], 0],
  ])('is right with %s', (_, walks, streak) => {
    expect(currentStreak(history(walks), NOW, TZ)).toBe(streak);
  });
  it('counts compacted days', () => {
    const h: History = {
      ...history([walk(NOW)]),
      daily: [{ day: '2025-06-14', walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0 }],
    };
    expect(currentStreak(h, NOW, TZ)).toBe(2);
  });
});

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
    expect(parseHistory(h, start + 366 * DAY).problems).toEqual([]);
  });
});

describe('mergeHistory', () => {
  it('unites walks and checks without duplicates', () => {
    const a = history([walk(NOW - DAY), walk(NOW)], [NOW]);
    const b = history([walk(NOW), walk(NOW - 2 * DAY)], [NOW, NOW - DAY]);
    const m = mergeHistory(a, b);
    expect(m.walks.map((w) => w.startedAt)).toEqual([NOW - 2 * DAY, NOW - DAY, NOW]);
    expect(m.postureChecks).toEqual([NOW - DAY, NOW]);
  });
  it('keeps the first history’s copy of the same walk', () => {
    const m = mergeHistory(history([walk(NOW, 5)]), history([walk(NOW, 4)]));
    expect(m.walks).toEqual([walk(NOW, 5)]);
  });
  it('does not double a day totalled in both', () => {
    const day = { day: '2025-01-01', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 };
    const m = mergeHistory({ ...emptyHistory(), daily: [day] }, { ...emptyHistory(), daily: [{ ...day, walks: 3 }] });
    expect(m.daily).toEqual([{ ...day, walks: 3 }]);
  });
  it('is idempotent', () => {
    const a = history([walk(NOW - DAY), walk(NOW)], [NOW]);
    expect(mergeHistory(a, a)).toEqual(a);
  });
});
