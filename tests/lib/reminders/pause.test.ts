import { describe, expect, it } from 'vitest';
import { isPauseChoice, pauseUntil } from '@/lib/reminders/pause';
import { defaultSettings, type Settings } from '@/lib/settings/model';

const MIN = 60_000;

/** The default settings with the default Monday-to-Friday 09:00–17:30 schedule switched on. */
function weekdays(): Settings {
  const s = defaultSettings();
  s.schedule.enabled = true;
  return s;
}

describe('pauseUntil', () => {
  const now = Date.UTC(2025, 2, 12, 10, 17, 42);

  it.each([
    ['30min', 30 * MIN],
    ['1h', 60 * MIN],
    ['2h', 120 * MIN],
  ] as const)('pauses "%s" for a fixed time from now, schedule or not', (choice, ms) => {
    expect(pauseUntil(choice, defaultSettings(), now, 'Europe/Berlin')).toBe(now + ms);
    expect(pauseUntil(choice, weekdays(), now, 'Asia/Kolkata')).toBe(now + ms);
  });

  // Friday 14 March 2025, 20:00 on the local clock in each zone.
  it.each([
    // zone, now, Saturday 08:00 local, Monday 09:00 local
    ['UTC', Date.UTC(2025, 2, 14, 20, 0), Date.UTC(2025, 2, 15, 8, 0), Date.UTC(2025, 2, 17, 9, 0)],
    ['Europe/Berlin', Date.UTC(2025, 2, 14, 19, 0), Date.UTC(2025, 2, 15, 7, 0), Date.UTC(2025, 2, 17, 8, 0)],
    // New York is on daylight time (UTC−4) since 9 March; Friday 20:00 there is Saturday in UTC.
    ['America/New_York', Date.UTC(2025, 2, 15, 0, 0), Date.UTC(2025, 2, 15, 12, 0), Date.UTC(2025, 2, 17, 13, 0)],
    ['Asia/Kolkata', Date.UTC(2025, 2, 14, 14, 30), Date.UTC(2025, 2, 15, 2, 30), Date.UTC(2025, 2, 17, 3, 30)],
    // Auckland (UTC+13): Saturday 08:00 there is still Friday in UTC, Monday 09:00 is Sunday.
    ['Pacific/Auckland', Date.UTC(2025, 2, 14, 7, 0), Date.UTC(2025, 2, 14, 19, 0), Date.UTC(2025, 2, 16, 20, 0)],
  ])('in %s on a Friday evening', (zone, now, saturdayMorning, mondayStart) => {
    // Without a schedule: the next local morning at 08:00.
    expect(pauseUntil('tomorrow', defaultSettings(), now, zone)).toBe(saturdayMorning);
    // With a weekdays schedule: the next window start, after the weekend.
    expect(pauseUntil('tomorrow', weekdays(), now, zone)).toBe(mondayStart);
  });

  it.each([
    // Berlin springs forward on Sunday 30 March 2025: Sunday 08:00 is CEST (UTC+2).
    ['Europe/Berlin', Date.UTC(2025, 2, 29, 19, 0), Date.UTC(2025, 2, 30, 6, 0)],
    // New York falls back on Sunday 2 November 2025: Sunday 08:00 is EST (UTC−5).
    ['America/New_York', Date.UTC(2025, 10, 2, 0, 0), Date.UTC(2025, 10, 2, 13, 0)],
  ])('keeps 08:00 local across the DST change in %s', (zone, now, morning) => {
    expect(pauseUntil('tomorrow', defaultSettings(), now, zone)).toBe(morning);
  });

  it('uses tomorrow’s window start on a weekday', () => {
    // Tuesday 11 March 2025, 15:00 in Berlin (inside today’s window): Wednesday 09:00 in Berlin.
    expect(pauseUntil('tomorrow', weekdays(), Date.UTC(2025, 2, 11, 14, 0), 'Europe/Berlin')).toBe(
      Date.UTC(2025, 2, 12, 8, 0),
    );
  });

  it('follows a custom start time', () => {
    const s = weekdays();
    s.schedule.days[1] = { enabled: true, start: 7 * 60 + 15, end: 12 * 60 }; // Monday 07:15–12:00
    expect(pauseUntil('tomorrow', s, Date.UTC(2025, 2, 14, 20, 0), 'UTC')).toBe(Date.UTC(2025, 2, 17, 7, 15));
  });

  it('falls back to 08:00 tomorrow when the schedule has no day enabled', () => {
    const s = weekdays();
    s.schedule.days = s.schedule.days.map((d) => ({ ...d, enabled: false }));
    expect(pauseUntil('tomorrow', s, Date.UTC(2025, 2, 14, 20, 0), 'UTC')).toBe(Date.UTC(2025, 2, 15, 8, 0));
  });

  it('treats an unknown zone as UTC', () => {
    expect(pauseUntil('tomorrow', defaultSettings(), Date.UTC(2025, 2, 14, 20, 0), 'Nowhere/Special')).toBe(
      Date.UTC(2025, 2, 15, 8, 0),
    );
  });
});

describe('isPauseChoice', () => {
  it.each([
    ['30min', true],
    ['tomorrow', true],
    ['3h', false],
    [30, false],
    [null, false],
  ])('accepts %s: %s (commands come from pages, and are checked)', (value, ok) => {
    expect(isPauseChoice(value)).toBe(ok);
  });
});

describe('pauseUntil "tomorrow" late at night', () => {
  it.each([
    // now (UTC), expected end (UTC)
    ['00:30: the coming morning, not the one after', Date.UTC(2025, 2, 13, 0, 30), Date.UTC(2025, 2, 13, 8, 0)],
    ['03:59: still the coming morning', Date.UTC(2025, 2, 13, 3, 59), Date.UTC(2025, 2, 13, 8, 0)],
    ['04:00: the next day', Date.UTC(2025, 2, 13, 4, 0), Date.UTC(2025, 2, 14, 8, 0)],
    ['23:30: the next morning', Date.UTC(2025, 2, 12, 23, 30), Date.UTC(2025, 2, 13, 8, 0)],
  ])('%s', (_case, now, until) => {
    expect(pauseUntil('tomorrow', defaultSettings(), now, 'UTC')).toBe(until);
  });

  it('at 01:00 on a Thursday with a weekdays schedule: Thursday’s start', () => {
    const thursday = Date.UTC(2025, 2, 13, 1, 0);
    expect(pauseUntil('tomorrow', weekdays(), thursday, 'UTC')).toBe(Date.UTC(2025, 2, 13, 9, 0));
  });
});
