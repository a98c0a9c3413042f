import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { badgeView, PAUSE_MARK } from '@/lib/reminders/badge';
import { formatWhen } from '@/lib/i18n/time';
import { startWalk } from '@/lib/walk/walk';
import { fresh, HOUR, makeSettings, MIN, T0, UTC } from './helpers';

const settings = makeSettings();
const at = (ts: number) => formatWhen(ts, T0, { timeZone: UTC });

describe('badgeView: the toolbar title says what comes next', () => {
  it('names the sooner reminder at its clock time, with an empty badge', () => {
    const state = fresh(settings);
    expect(badgeView(null, state, T0, UTC)).toEqual({
      text: '',
      color: null,
      title: { key: 'badgeNextPosture', args: [at(T0 + 30 * MIN)] },
    });
    const walkFirst = { ...state, walk: { ...state.walk, dueAt: T0 + 10 * MIN } };
    expect(badgeView(null, walkFirst, T0, UTC).title).toEqual({ key: 'badgeNextWalk', args: [at(T0 + 10 * MIN)] });
  });

  it('names the walk when both are due at once (only the walk reminder is then shown)', () => {
    const state = fresh(settings);
    const same = { ...state, posture: { ...state.posture, dueAt: state.walk.dueAt } };
    expect(badgeView(null, same, T0, UTC).title?.key).toBe('badgeNextWalk');
  });

  it('names the one kind that is on, and says when both are off', () => {
    const state = fresh(settings);
    const noWalk = { ...state, walk: { ...state.walk, dueAt: null } };
    expect(badgeView(null, noWalk, T0, UTC).title?.key).toBe('badgeNextPosture');
    const noPosture = { ...state, posture: { ...state.posture, dueAt: null } };
    expect(badgeView(null, noPosture, T0, UTC).title?.key).toBe('badgeNextWalk');
    const none = { ...noWalk, posture: { ...noWalk.posture, dueAt: null } };
    expect(badgeView(null, none, T0, UTC)).toEqual({ text: '', color: null, title: { key: 'badgeRemindersOff' } });
  });

  it('shows the pause mark while reminders are paused, and until when in the title', () => {
    const until = T0 + HOUR;
    const view = badgeView(null, { ...fresh(settings), pausedUntil: until }, T0, UTC);
    expect(view).toEqual({ text: PAUSE_MARK, color: '#5f6368', title: { key: 'badgePausedUntil', args: [at(until)] } });
    // A pause that has ended is no pause.
    expect(badgeView(null, { ...fresh(settings), pausedUntil: T0 - 1 }, T0, UTC).text).toBe('');
    // A pause ends at its end: the same millisecond shows no pause mark (step ends it then too).
    expect(badgeView(null, { ...fresh(settings), pausedUntil: T0 }, T0, UTC).text).toBe('');
  });

  it('puts a waiting reminder before the pause, and a walk before both', () => {
    const state = { ...fresh(settings), pausedUntil: T0 + HOUR };
    const waiting = { ...state, posture: { ...state.posture, outstanding: true } };
    expect(badgeView(null, waiting, T0, UTC)).toMatchObject({ text: '!', title: { key: 'badgeReminderDue' } });
    expect(badgeView(startWalk(T0, 5), waiting, T0, UTC)).toMatchObject({ text: '5', title: { key: 'badgeWalkLeft' } });
  });

  it('writes the title’s times and minutes as the UI’s locale does, not as the runtime’s', () => {
    // A pause until 13:30 UTC: a 24-hour clock in German, Arabic-Indic digits in Egyptian Arabic.
    const afternoon = T0 - (T0 % (24 * HOUR)) + 13 * HOUR;
    const state = { ...fresh(settings), pausedUntil: afternoon + 30 * MIN };
    expect(badgeView(null, state, afternoon, UTC, 'de').title).toEqual({ key: 'badgePausedUntil', args: ['13:30'] });
    expect(badgeView(null, state, afternoon, UTC, 'en-US').title?.args).toEqual(['1:30 PM']);
    const egypt = badgeView(null, state, afternoon, UTC, 'ar-EG').title?.args?.[0] ?? '';
    expect(egypt).toMatch(/١:٣٠/);
    const walking = badgeView(startWalk(afternoon, 12), null, afternoon, UTC, 'ar-EG');
    // The badge itself keeps Latin digits (it is drawn with the system's UI font); the title does not.
    expect(walking).toMatchObject({ text: '12', title: { key: 'badgeWalkLeft', args: ['١٢'] } });
  });

  it('counts the same minutes in the badge and its title, down to the walk’s last moment', () => {
    const walk = startWalk(T0, 5);
    for (const at of [T0, T0 + 4 * MIN + 30_000, T0 + 5 * MIN]) {
      const view = badgeView(walk, null, at, UTC, 'en');
      expect(view.title?.args).toEqual([view.text]);
    }
  });

  it('keeps the contract: empty only when no walk runs, nothing waits and reminders are not paused', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: -HOUR, max: 3 * HOUR })),
        fc.option(fc.integer({ min: 1, max: 60 })),
        (postureWaits, walkWaits, pauseOffset, walkMin) => {
          const base = fresh(settings);
          const state = {
            ...base,
            posture: { ...base.posture, outstanding: postureWaits },
            walk: { ...base.walk, outstanding: walkWaits },
            pausedUntil: pauseOffset === null ? null : T0 + pauseOffset,
          };
          const walk = walkMin === null ? null : startWalk(T0 - MIN, walkMin);
          const paused = state.pausedUntil !== null && state.pausedUntil > T0;
          const empty = badgeView(walk, state, T0, UTC).text === '';
          expect(empty).toBe(!walk && !postureWaits && !walkWaits && !paused);
        },
      ),
    );
  });
});

describe('formatWhen (the toolbar title’s times)', () => {
  const ts = Date.UTC(2024, 0, 1, 14, 30); // a Monday

  it('gives the time of day in the zone, in the locale’s format', () => {
    expect(formatWhen(ts, ts - HOUR, { timeZone: 'UTC', locale: 'en-GB' })).toBe('14:30');
    expect(formatWhen(ts, ts - HOUR, { timeZone: 'Asia/Tokyo', locale: 'en-GB' })).toBe('23:30');
    expect(formatWhen(ts, ts - HOUR, { timeZone: 'UTC', locale: 'en-US' })).toBe('2:30 PM');
  });

  it('adds the weekday when the time is on another local day', () => {
    expect(formatWhen(ts, ts - 24 * HOUR, { timeZone: 'UTC', locale: 'en-GB' })).toBe('Mon 14:30');
    // 23:30 in Tokyo is the same local day as 22:00 there…
    expect(formatWhen(ts, ts - 90 * MIN, { timeZone: 'Asia/Tokyo', locale: 'en-GB' })).toBe('23:30');
    // …and 00:30 in Tokyo, the next day.
    expect(formatWhen(ts + HOUR, ts, { timeZone: 'Asia/Tokyo', locale: 'en-GB' })).toBe('Tue 00:30');
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(formatWhen(ts, ts, { timeZone: 'Not/AZone', locale: 'en-GB' })).toBe('14:30');
  });
});
