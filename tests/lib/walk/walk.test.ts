import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MINUTE } from '@/lib/time/units';
import {
  alignWalkToClock,
  badgeMinutes,
  elapsedMs,
  endsAt,
  expiredWalk,
  isAheadOfClock,
  isComplete,
  MAX_PAUSE_MS,
  parseWalk,
  pauseWalk,
  remainingMs,
  resumeWalk,
  startWalk,
  walkDeadline,
  walkEntry,
} from '@/lib/walk/walk';

const T0 = Date.UTC(2026, 10, 26, 9, 0);

describe('walk', () => {
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
    expect(parseWalk(raw)).toBeNull();
  });

  it('reads back a valid stored timer', () => {
    const timer = pauseWalk(startWalk(T0, 5), T0 + MINUTE);
    expect(parseWalk(JSON.parse(JSON.stringify(timer)))).toEqual(timer);
  });

  it('reads back a walk paused the very moment it started', () => {
    const timer = { startedAt: T0, plannedMin: 5, pausedAt: T0, pausedMs: 0 };
    expect(parseWalk(timer)).toEqual(timer);
  });

  it('a pause resumed the moment it began changes nothing of the countdown', () => {
    const timer = startWalk(T0, 5);
    const resumed = resumeWalk(pauseWalk(timer, T0 + MINUTE), T0 + MINUTE);
    expect(resumed).toEqual(timer);
    expect(remainingMs(resumed, T0 + 2 * MINUTE)).toBe(3 * MINUTE);
  });

  it('reads a pause that starts before the walk as no walk', () => {
    expect(parseWalk({ startedAt: T0, plannedMin: 5, pausedAt: T0 - 1, pausedMs: 0 })).toBeNull();
  });
});

describe('the end of a walk', () => {
  const walk = startWalk(T0, 5);

  it('has its planned end as deadline while it runs, and the end of the longest pause while paused', () => {
    expect(walkDeadline(walk)).toBe(T0 + 5 * MINUTE);
    expect(walkDeadline(pauseWalk(walk, T0 + 2 * MINUTE))).toBe(T0 + 2 * MINUTE + MAX_PAUSE_MS);
    expect(MAX_PAUSE_MS).toBe(30 * MINUTE);
  });

  it.each([
    ['runs before its end', walk, T0 + 5 * MINUTE - 1, null],
    ['reaches its end', walk, T0 + 5 * MINUTE, 'finished'],
    ['is paused for 29 minutes', pauseWalk(walk, T0 + MINUTE), T0 + 30 * MINUTE, null],
    ['is paused for 30 minutes', pauseWalk(walk, T0 + MINUTE), T0 + 31 * MINUTE, 'pause-expired'],
    ['is paused for days', pauseWalk(walk, T0 + MINUTE), T0 + 3 * 24 * 60 * MINUTE, 'pause-expired'],
  ] as const)('ends by itself when it %s', (_name, w, now, end) => {
    expect(expiredWalk(w, now)).toBe(end);
  });

  it('logs a walk that ran out at its planned end, even when that passed while the browser was closed', () => {
    expect(walkEntry(walk, 'finished', T0 + 600 * MINUTE)).toEqual({
      startedAt: T0,
      endedAt: T0 + 5 * MINUTE,
      plannedMin: 5,
      actualMin: 5,
      finished: true,
    });
  });

  it('logs "Finish now" after the time ran out (before the end was noticed) as finished at its planned end', () => {
    expect(walkEntry(walk, 'finish-now', T0 + 5 * MINUTE + 30_000)).toEqual({
      startedAt: T0,
      endedAt: T0 + 5 * MINUTE,
      plannedMin: 5,
      actualMin: 5,
      finished: true,
    });
  });

  it('logs a walk that ran out after a pause as ending its paused time later', () => {
    const paused = resumeWalk(pauseWalk(walk, T0 + MINUTE), T0 + 3 * MINUTE);
    expect(walkEntry(paused, 'finished', T0 + 60 * MINUTE)).toMatchObject({
      endedAt: T0 + 7 * MINUTE,
      actualMin: 5,
      finished: true,
    });
  });

  it('logs a walk finished early as cut short, with the minutes walked', () => {
    expect(walkEntry(walk, 'finish-now', T0 + 3.5 * MINUTE)).toEqual({
      startedAt: T0,
      endedAt: T0 + 3.5 * MINUTE,
      plannedMin: 5,
      actualMin: 3.5,
      finished: false,
    });
  });

  it('logs a walk whose pause ran out as cut short, ended when it was paused', () => {
    const paused = pauseWalk(walk, T0 + 2 * MINUTE);
    expect(walkEntry(paused, 'pause-expired', T0 + 40 * MINUTE)).toMatchObject({
      endedAt: T0 + 2 * MINUTE,
      actualMin: 2,
      finished: false,
    });
  });

  it.each([
    ['finished seconds after starting', walk, 'finish-now', T0 + 5_000],
    ['finished at 59 seconds', walk, 'finish-now', T0 + 59_999],
    ['paused at 30 seconds until its pause ran out', pauseWalk(walk, T0 + 30_000), 'pause-expired', T0 + 40 * MINUTE],
  ] as const)('logs nothing for a walk %s: under a minute it is a cancel', (_name, w, end, now) => {
    expect(walkEntry(w, end, now)).toBeNull();
  });

  it('logs a walk of exactly one minute', () => {
    expect(walkEntry(walk, 'finish-now', T0 + MINUTE)).toMatchObject({ actualMin: 1, finished: false });
  });
});

describe('a walk when the clock is set back', () => {
  const HOUR = 60 * MINUTE;

  it('counts down again from now instead of showing the same time left until the clock catches up', () => {
    const started = startWalk(T0, 5);
    const now = T0 + 2 * MINUTE - HOUR; // two minutes in, the clock goes back an hour
    expect(isAheadOfClock(started, now)).toBe(true);
    const aligned = alignWalkToClock(started, now);
    expect(isAheadOfClock(aligned, now)).toBe(false);
    expect(remainingMs(aligned, now)).toBe(5 * MINUTE);
    expect(remainingMs(aligned, now + MINUTE)).toBe(4 * MINUTE);
    expect(walkDeadline(aligned)).toBe(now + 5 * MINUTE);
  });

  it('keeps the minutes walked before a pause that the clock went back under', () => {
    const paused = pauseWalk(startWalk(T0, 10), T0 + 3 * MINUTE);
    const now = T0 + 4 * MINUTE - HOUR;
    const aligned = alignWalkToClock(paused, now);
    expect(aligned.pausedAt).toBe(now);
    expect(elapsedMs(aligned, now)).toBe(3 * MINUTE);
    // The pause limit counts from now, not from an hour ahead.
    expect(walkDeadline(aligned)).toBe(now + MAX_PAUSE_MS);
    expect(remainingMs(resumeWalk(aligned, now + MINUTE), now + 2 * MINUTE)).toBe(6 * MINUTE);
  });

  it('keeps the real start of a walk that resumed after a pause when the clock went back less than the pause', () => {
    const resumed = resumeWalk(pauseWalk(startWalk(T0, 5), T0 + MINUTE), T0 + 11 * MINUTE);
    const now = T0 + 11.5 * MINUTE - 2 * MINUTE; // after the start, before the resumed countdown's base
    expect(isAheadOfClock(resumed, now)).toBe(true);
    const aligned = alignWalkToClock(resumed, now);
    expect(aligned.startedAt).toBe(T0);
    expect(remainingMs(aligned, now)).toBe(remainingMs(resumed, now));
  });

  it('leaves walks that are not ahead of the clock alone, to the millisecond', () => {
    const running = startWalk(T0, 5);
    expect(isAheadOfClock(running, T0)).toBe(false);
    expect(isAheadOfClock(running, T0 - 1)).toBe(true);
    const paused = pauseWalk(running, T0 + MINUTE);
    expect(isAheadOfClock(paused, T0 + MINUTE)).toBe(false);
    expect(isAheadOfClock(paused, T0 + MINUTE - 1)).toBe(true);
  });

  it('always gives a valid walk, no longer ahead of the clock, with the time walked and its state kept', () => {
    const ms = fc.integer({ min: 0, max: 2 * HOUR });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        ms,
        fc.option(ms, { nil: undefined }),
        ms,
        fc.integer({ min: -3 * HOUR, max: 3 * HOUR }),
        (minutes, pauseAfter, pauseFor, resumeAfter, shift) => {
          let walk = pauseWalk(startWalk(T0, minutes), T0 + pauseAfter);
          if (pauseFor !== undefined) walk = resumeWalk(walk, T0 + pauseAfter + pauseFor);
          const now = T0 + pauseAfter + (pauseFor ?? 0) + resumeAfter + shift;
          const aligned = alignWalkToClock(walk, now);
          expect(parseWalk(aligned)).toEqual(aligned);
          expect(isAheadOfClock(aligned, now)).toBe(false);
          expect(aligned.pausedAt === null).toBe(walk.pausedAt === null);
          expect(elapsedMs(aligned, now)).toBe(elapsedMs(walk, now));
          expect(aligned.startedAt).toBeLessThanOrEqual(walk.startedAt);
          if (!isAheadOfClock(walk, now)) expect(alignWalkToClock(walk, now)).toEqual(walk);
        },
      ),
    );
  });
});
