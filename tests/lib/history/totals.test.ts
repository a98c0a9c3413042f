import { describe, expect, it } from 'vitest';
import { emptyHistory, type History, type WalkEntry } from '@/lib/history/model';
import { currentStreak, dailyPostureChecks, dailyWalkMinutes, totalsByDay } from '@/lib/history/totals';
import { addPostureCheck, addSkip, addSnooze, addWalk } from '@/lib/history/model';
import { DAY, history, MIN, NOW, TZ, walk } from './fixtures';

describe('addWalk / addPostureCheck', () => {
  it('add to the lists of the current version', () => {
    const h = addSkip(addSnooze(addPostureCheck(addWalk(emptyHistory(), walk(NOW)), NOW), NOW + 1), NOW + 2);
    expect(h).toEqual({
      version: 3,
      walks: [walk(NOW)],
      postureChecks: [NOW],
      snoozes: [NOW + 1],
      skips: [NOW + 2],
      daily: [],
    });
  });

  it('count snoozes and skips per day', () => {
    const h = { ...emptyHistory(), snoozes: [NOW, NOW - DAY], skips: [NOW] };
    expect(totalsByDay(h, TZ).get('2025-06-15')).toMatchObject({ snoozes: 1, skips: 1 });
    expect(totalsByDay(h, TZ).get('2025-06-14')).toEqual({
      day: '2025-06-14',
      walkMin: 0,
      walks: 0,
      finishedWalks: 0,
      postureChecks: 0,
      snoozes: 1,
    });
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
    ['only a walk cut short today (Finish now)', [walk(NOW, 2, false)], 1],
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
