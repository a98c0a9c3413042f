import { describe, expect, it } from 'vitest';
import {
  badgeMinutes,
  elapsedMs,
  endsAt,
  isComplete,
  MINUTE,
  parseWalkTimer,
  pauseWalk,
  remainingMs,
  resumeWalk,
  startWalk,
} from '@/lib/walk/timer';

const T0 = Date.UTC(2026, 10, 26, 9, 0);

describe('walk timer', () => {
  it('counts down from the planned length', () => {
    const timer = startWalk(T0, 5);
    expect(remainingMs(timer, T0)).toBe(5 * MINUTE);
    expect(remainingMs(timer, T0 + 2 * MINUTE)).toBe(3 * MINUTE);
    expect(endsAt(timer, T0 + 2 * MINUTE)).toBe(T0 + 5 * MINUTE);
  });

  it('does not count paused time, however often it is paused', () => {
    let timer = startWalk(T0, 5);
    timer = pauseWalk(timer, T0 + 1 * MINUTE);
    expect(remainingMs(timer, T0 + 10 * MINUTE)).toBe(4 * MINUTE);
    expect(endsAt(timer, T0 + 10 * MINUTE)).toBeNull();
    timer = resumeWalk(timer, T0 + 10 * MINUTE);
    timer = pauseWalk(timer, T0 + 11 * MINUTE);
    timer = resumeWalk(timer, T0 + 20 * MINUTE);
    expect(elapsedMs(timer, T0 + 21 * MINUTE)).toBe(3 * MINUTE);
    expect(endsAt(timer, T0 + 21 * MINUTE)).toBe(T0 + 23 * MINUTE);
  });

  it('ignores a second pause or a resume while running', () => {
    const running = startWalk(T0, 5);
    expect(resumeWalk(running, T0 + MINUTE)).toBe(running);
    const paused = pauseWalk(running, T0 + MINUTE);
    expect(pauseWalk(paused, T0 + 2 * MINUTE)).toBe(paused);
  });

  it('is complete at its end, also when the end passed while nobody was looking', () => {
    const timer = startWalk(T0, 1);
    expect(isComplete(timer, T0 + MINUTE - 1)).toBe(false);
    expect(isComplete(timer, T0 + MINUTE)).toBe(true);
    expect(isComplete(timer, T0 + 600 * MINUTE)).toBe(true);
    expect(remainingMs(timer, T0 + 600 * MINUTE)).toBe(0);
  });

  it.each([
    [0, '5'],
    [1, '5'],
    [MINUTE, '4'],
    [4 * MINUTE + 1, '1'],
    [5 * MINUTE, '1'],
  ])('shows whole minutes left on the badge, rounded up (%i ms in → %s)', (walked, text) => {
    expect(badgeMinutes(startWalk(T0, 5), T0 + walked)).toBe(text);
  });

  it.each([
    ['a number', 5],
    ['missing fields', { startedAt: T0 }],
    ['a text start', { startedAt: 'x', plannedMin: 5, pausedAt: null, pausedMs: 0 }],
    ['a 90-minute walk', { startedAt: T0, plannedMin: 90, pausedAt: null, pausedMs: 0 }],
    ['negative pause', { startedAt: T0, plannedMin: 5, pausedAt: null, pausedMs: -1 }],
    ['NaN', { startedAt: Number.NaN, plannedMin: 5, pausedAt: null, pausedMs: 0 }],
  ])('reads a stored timer with %s as no walk', (_what, raw) => {
    expect(parseWalkTimer(raw)).toBeNull();
  });

  it('reads back a valid stored timer', () => {
    const timer = pauseWalk(startWalk(T0, 5), T0 + MINUTE);
    expect(parseWalkTimer(JSON.parse(JSON.stringify(timer)))).toEqual(timer);
  });
});
