/** More edges a mutation run left unpinned: the pipeline, alarms, windows, status and the engine. */
import { alarmChanges, desiredAlarms } from '@/lib/reminders/alarms';
import { decide } from '@/lib/reminders/decide';
import { currentWindowStart, isInWindow, nextWindowStart, windowEndAfter } from '@/lib/reminders/schedule-window';
import { reminderStatus } from '@/lib/reminders/status';
import { step } from '@/lib/reminders/step';
import { ALARM, type ReminderState } from '@/lib/reminders/types';
import { startWalk } from '@/lib/walk/walk';
import { ACTIVE, FULLSCREEN, HOUR, MIN, T0, UTC, fresh, makeSettings, schedule, stateWith, walking } from './helpers';

const settings = makeSettings();
const kind = (dueAt: number | null, extra: Partial<ReminderState['posture']> = {}) => ({
  dueAt,
  pending: false,
  outstanding: false,
  ...extra,
});

describe('the walk tick', () => {
  it('comes when the next whole minute of the walk is used up, whatever the clock’s seconds', () => {
    const walk = startWalk(T0 + 20_250, 5);
    const now = T0 + 110_750; // 90.5 s into the walk: 3 min 29.5 s left
    const tick = desiredAlarms(settings, fresh(settings), walk, now).get(ALARM.walkTimerTick);
    expect(tick).toEqual({ when: now + 29_500, periodInMinutes: 1 });
  });
});

describe('decide: a finish that comes as the walk ends by itself', () => {
  it('is not refused: the walk has just been logged', () => {
    const walk = startWalk(T0, 5);
    const d = decide(
      { settings, state: fresh(settings), env: { ...ACTIVE, walk }, now: T0 + 5 * MIN, timeZone: UTC, armed: [] },
      { type: 'walk-finish' },
    );
    expect(d.refused).toBeNull();
    expect(d.ended?.entry).toMatchObject({ finished: true, actualMin: 5 });
  });
});

describe('reminderStatus at the end of a pause', () => {
  it('is no longer paused at the very moment the pause ends', () => {
    const paused = stateWith(settings, { pausedUntil: T0 });
    expect(reminderStatus(settings, paused, T0).kind).toBe('upcoming');
    expect(reminderStatus(settings, paused, T0 - 1).kind).toBe('paused');
  });
});

describe('schedule windows that touch or overlap', () => {
  // Sunday 22:00 → Monday 02:00 crosses midnight; Monday's own window starts at 01:00.
  const s = makeSettings({ schedule: schedule({ 0: '22:00-02:00', 1: '01:00-09:00' }) });
  const monday = (h: number, m = 0) => Date.UTC(2024, 0, 1, h, m);

  it('is open where either window is, and the current window is the one that started last', () => {
    expect(isInWindow(s, monday(1, 30), UTC)).toBe(true);
    expect(currentWindowStart(s, monday(1, 30), UTC)).toBe(monday(1));
    expect(currentWindowStart(s, monday(0, 30), UTC)).toBe(Date.UTC(2023, 11, 31, 22));
  });

  it('ends where the later of the overlapping windows ends', () => {
    expect(windowEndAfter(s, monday(1, 30), UTC)).toBe(monday(9));
  });

  it('starts a window exactly at its start, and ends it exactly at its end', () => {
    const days = makeSettings({ schedule: schedule({ 1: '09:00-17:00' }) });
    expect(isInWindow(days, monday(9), UTC)).toBe(true);
    expect(isInWindow(days, monday(9) - 1, UTC)).toBe(false);
    expect(isInWindow(days, monday(17), UTC)).toBe(false);
    expect(nextWindowStart(days, monday(9), UTC)).toBe(monday(9));
    expect(nextWindowStart(days, monday(9) + 1, UTC)).toBe(Date.UTC(2024, 0, 8, 9));
  });

  it('finds the next window a week ahead when only one weekday is on', () => {
    const weekly = makeSettings({ schedule: schedule({ 1: '09:00-10:00' }) });
    expect(nextWindowStart(weekly, monday(10), UTC)).toBe(Date.UTC(2024, 0, 8, 9));
  });

  it('has a window of a whole day when it starts at midnight and ends at midnight', () => {
    const allDay = makeSettings({ schedule: schedule({ 1: '00:00-00:00' }) });
    // start = end would be refused by the settings; the engine still reads it as a full day.
    expect(isInWindow(allDay, monday(23, 59), UTC)).toBe(true);
  });
});

describe('step: leaving the window', () => {
  const s = makeSettings({ schedule: schedule({ 1: '09:00-17:00', 2: '09:00-17:00' }) });
  it('moves every due time to the next window at the first event after it closes', () => {
    const state = stateWith(s, {
      posture: kind(Date.UTC(2024, 0, 1, 17, 20)),
      walk: kind(Date.UTC(2024, 0, 1, 17, 40)),
    });
    const r = step(s, state, { type: 'wake' }, ACTIVE, Date.UTC(2024, 0, 1, 17, 1), UTC);
    expect(r.state.inWindow).toBe(false);
    expect(r.state.posture.dueAt).toBe(Date.UTC(2024, 0, 2, 9, 30));
    expect(r.state.walk.dueAt).toBe(Date.UTC(2024, 0, 2, 10, 0));
  });
});

describe('step: judging stored due times at reconcile', () => {
  // The longest countdown of a posture check with the default settings is its 30-minute interval.
  it.each([
    ['a minute beyond the longest countdown: kept (alarms may be set a little late)', 31 * MIN, 31 * MIN],
    ['a moment more: counted down afresh', 31 * MIN + 1, 30 * MIN],
  ])('a due time %s', (_name, ahead, expected) => {
    const state = stateWith(settings, { posture: kind(T0 + ahead) });
    expect(step(settings, state, { type: 'reconcile' }, ACTIVE, T0, UTC).state.posture.dueAt).toBe(T0 + expected);
  });
});

describe('step: a walk that starts while reminders are paused', () => {
  it('holds the reminders until the later of the pause’s end and the walk’s end', () => {
    const paused = stateWith(settings, { pausedUntil: T0 + 2 * HOUR });
    const r = step(settings, paused, { type: 'walk-started' }, walking(startWalk(T0, 5)), T0, UTC);
    expect(r.state.walk.dueAt).toBe(T0 + 2 * HOUR + HOUR);
    expect(r.state.posture.dueAt).toBe(T0 + 2 * HOUR + 30 * MIN);
  });

  it('no longer owes a posture check held back by fullscreen', () => {
    const held = step(
      settings,
      fresh(settings),
      { type: 'alarm', name: ALARM.posture },
      FULLSCREEN,
      T0 + 30 * MIN,
      UTC,
    );
    expect(held.state.posture.pending).toBe(true);
    const r = step(
      settings,
      held.state,
      { type: 'walk-started' },
      walking(startWalk(T0 + 30 * MIN, 5)),
      T0 + 30 * MIN,
      UTC,
    );
    expect(r.state.posture.pending).toBe(false);
  });
});

describe('step: an interval lengthened so the next reminder would fall outside the window', () => {
  it('moves it into the next window', () => {
    const before = makeSettings({ schedule: schedule({ 1: '09:00-11:00', 2: '09:00-11:00' }) });
    const after = makeSettings({
      posture: { intervalMin: 90 },
      schedule: schedule({ 1: '09:00-11:00', 2: '09:00-11:00' }),
    });
    const state = stateWith(before, { posture: kind(Date.UTC(2024, 0, 1, 10, 20)) });
    const r = step(after, state, { type: 'settings-changed', previous: before }, ACTIVE, T0 + 5 * MIN, UTC);
    expect(isInWindow(after, r.state.posture.dueAt!, UTC)).toBe(true);
    expect(r.state.posture.dueAt).toBe(Date.UTC(2024, 0, 2, 10, 30));
  });
});

describe('alarmChanges keeps alarms a second off', () => {
  it('re-creates an alarm only when it is more than a second off', () => {
    const desired = new Map([[ALARM.posture, { when: T0 }]] as const);
    expect(alarmChanges(desired, [{ name: ALARM.posture, scheduledTime: T0 + 1000 }]).create).toEqual([]);
    expect(alarmChanges(desired, [{ name: ALARM.posture, scheduledTime: T0 + 1001 }]).create).toHaveLength(1);
  });
});
