import { reminderStatus } from '@/lib/reminders';
import { scheduleView } from '@/lib/reminders/schedule-view';
import { HOUR, MIN, T0, UTC, makeSettings, schedule, stateWith } from './helpers';

describe('reminderStatus', () => {
  const settings = makeSettings();
  it.each([
    ['paused until a time', settings, { pausedUntil: T0 + HOUR }, { kind: 'paused', until: T0 + HOUR }],
    [
      'a pause that is over but not yet processed is not shown',
      settings,
      { pausedUntil: T0 - 1 },
      { kind: 'upcoming', posture: T0 + 30 * MIN, walk: T0 + HOUR, outstanding: [] },
    ],
    ['both kinds off', makeSettings({ posture: { enabled: false }, walk: { enabled: false } }), {}, { kind: 'off' }],
    [
      'a schedule with no day',
      makeSettings({ schedule: schedule({}) }),
      {
        posture: { dueAt: null, pending: false, outstanding: false },
        walk: { dueAt: null, pending: false, outstanding: false },
      },
      { kind: 'off' },
    ],
    ['next due times', settings, {}, { kind: 'upcoming', posture: T0 + 30 * MIN, walk: T0 + HOUR, outstanding: [] }],
    [
      'walk off',
      makeSettings({ walk: { enabled: false } }),
      {},
      { kind: 'upcoming', posture: T0 + 30 * MIN, walk: null, outstanding: [] },
    ],
    [
      'reminders on screen',
      settings,
      {
        posture: { dueAt: T0 + 30 * MIN, pending: false, outstanding: true },
        walk: { dueAt: T0 + HOUR, pending: false, outstanding: true },
      },
      { kind: 'upcoming', posture: T0 + 30 * MIN, walk: T0 + HOUR, outstanding: ['posture', 'walk'] },
    ],
  ] as const)('%s', (_name, s, patch, expected) => {
    expect(reminderStatus(s, stateWith(settings, patch), T0)).toEqual(expected);
  });
});

describe('reminderStatus with a schedule', () => {
  const settings = makeSettings();
  const state = stateWith(settings);

  it('is outside the schedule, with when it resumes, when the window is closed', () => {
    expect(reminderStatus(settings, state, T0, { open: false, opensAt: T0 + 60 * HOUR })).toEqual({
      kind: 'outside',
      resumesAt: T0 + 60 * HOUR,
      outstanding: [],
    });
  });

  it('keeps reminders that still wait from before the window closed', () => {
    const waiting = stateWith(settings, { posture: { dueAt: T0 + 30 * MIN, pending: false, outstanding: true } });
    expect(reminderStatus(settings, waiting, T0, { open: false, opensAt: T0 + HOUR })).toMatchObject({
      kind: 'outside',
      outstanding: ['posture'],
    });
  });

  it('gives the next times inside the window', () => {
    expect(reminderStatus(settings, state, T0, { open: true, opensAt: T0 + 24 * HOUR }).kind).toBe('upcoming');
  });

  it('says paused before outside (a pause is what the user chose)', () => {
    const paused = stateWith(settings, { pausedUntil: T0 + HOUR });
    expect(reminderStatus(settings, paused, T0, { open: false, opensAt: T0 + 2 * HOUR }).kind).toBe('paused');
  });

  it('is off when no window ever opens', () => {
    expect(reminderStatus(settings, state, T0, { open: false, opensAt: null })).toEqual({ kind: 'off' });
  });
});

describe('scheduleView', () => {
  /** Monday 1 January 2024, 10:00 UTC (T0). */
  it('is null when the schedule is off', () => {
    expect(scheduleView(makeSettings().schedule, T0, UTC)).toBeNull();
  });

  it('finds a weekend-only schedule closed on a Monday, opening on Saturday at 09:00', () => {
    const weekend = schedule({ 6: '09:00-17:30', 0: '09:00-17:30' });
    expect(scheduleView(weekend, T0, UTC)).toEqual({ open: false, opensAt: Date.UTC(2024, 0, 6, 9, 0) });
  });

  it('finds a weekday schedule open on Monday at 10:00, next opening on Tuesday', () => {
    const weekdays = schedule({ 1: '09:00-17:30', 2: '09:00-17:30' });
    expect(scheduleView(weekdays, T0, UTC)).toEqual({ open: true, opensAt: Date.UTC(2024, 0, 2, 9, 0) });
  });

  it('judges the window in the given time zone', () => {
    // 10:00 UTC is 19:00 in Tokyo: outside a 09:00–17:30 Monday window there.
    const monday = schedule({ 1: '09:00-17:30' });
    expect(scheduleView(monday, T0, 'Asia/Tokyo')?.open).toBe(false);
  });
});
