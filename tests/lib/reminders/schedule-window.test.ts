import fc from 'fast-check';
import { currentWindowStart, isInWindow, nextWindowStart, windowEndAfter } from '@/lib/reminders/schedule-window';
import { makeSettings, schedule } from './helpers';

// 1 January 2024 is a Monday: day d of January 2024 at h:m UTC.
const jan = (d: number, h: number, m = 0) => Date.UTC(2024, 0, d, h, m);
const workdays = makeSettings({
  schedule: schedule({ 1: '09:00-17:30', 2: '09:00-17:30', 3: '09:00-17:30', 4: '09:00-17:30', 5: '09:00-17:30' }),
});
const fridayNight = makeSettings({ schedule: schedule({ 5: '22:00-02:00' }) });
const saturdayNight = makeSettings({ schedule: schedule({ 6: '22:00-06:00' }) });
const touching = makeSettings({ schedule: schedule({ 1: '22:00-06:00', 2: '06:00-12:00' }) });
const noDays = makeSettings({ schedule: schedule({}) });
const off = makeSettings();

describe('isInWindow', () => {
  it.each([
    ['workdays, Monday 08:59', workdays, jan(1, 8, 59), false],
    ['workdays, Monday 09:00 (start is inside)', workdays, jan(1, 9), true],
    ['workdays, Monday 17:29', workdays, jan(1, 17, 29), true],
    ['workdays, Monday 17:30 (end is outside)', workdays, jan(1, 17, 30), false],
    ['workdays, Saturday 10:00', workdays, jan(6, 10), false],
    ['Friday 22:00–02:00, Friday 23:00', fridayNight, jan(5, 23), true],
    ['Friday 22:00–02:00, Saturday 01:59 (the window belongs to Friday)', fridayNight, jan(6, 1, 59), true],
    ['Friday 22:00–02:00, Saturday 02:00', fridayNight, jan(6, 2), false],
    ['Friday 22:00–02:00, Friday 01:00 (that would be Thursday’s window)', fridayNight, jan(5, 1), false],
    ['Friday 22:00–02:00, Saturday 22:30', fridayNight, jan(6, 22, 30), false],
    ['Saturday 22:00–06:00, Sunday 05:00 (across the week boundary)', saturdayNight, jan(7, 5), true],
    ['Saturday 22:00–06:00, Sunday 22:00', saturdayNight, jan(7, 22), false],
    ['no schedule: always open', off, jan(6, 3), true],
    ['a schedule with no enabled day: never open', noDays, jan(1, 12), false],
  ])('%s: %s', (_name, settings, ts, expected) => {
    expect(isInWindow(settings, ts, 'UTC')).toBe(expected);
  });

  it.each([
    // Berlin, 31 March 2024: 02:00 CET jumps to 03:00 CEST (01:00 UTC). A 02:30 start opens at 03:00 CEST.
    ['Berlin spring forward, 01:59 CET', 'Europe/Berlin', { 0: '02:30-04:00' }, Date.UTC(2024, 2, 31, 0, 59), false],
    ['Berlin spring forward, 03:00 CEST', 'Europe/Berlin', { 0: '02:30-04:00' }, Date.UTC(2024, 2, 31, 1, 0), true],
    ['Berlin spring forward, 03:59 CEST', 'Europe/Berlin', { 0: '02:30-04:00' }, Date.UTC(2024, 2, 31, 1, 59), true],
    // Berlin, 27 October 2024: 02:30 happens twice; the window opens at the first, closes at 03:30 CET.
    ['Berlin fall back, first 02:30 CEST', 'Europe/Berlin', { 0: '02:30-03:30' }, Date.UTC(2024, 9, 27, 0, 30), true],
    ['Berlin fall back, second 02:30 CET', 'Europe/Berlin', { 0: '02:30-03:30' }, Date.UTC(2024, 9, 27, 1, 30), true],
    ['Berlin fall back, 03:30 CET', 'Europe/Berlin', { 0: '02:30-03:30' }, Date.UTC(2024, 9, 27, 2, 30), false],
    // New York, 3 November 2024: a Saturday-night window until 01:30 closes at the first 01:30 (EDT).
    ['New York fall back, 01:29 EDT', 'America/New_York', { 6: '23:00-01:30' }, Date.UTC(2024, 10, 3, 5, 29), true],
    ['New York fall back, 01:00 EST', 'America/New_York', { 6: '23:00-01:30' }, Date.UTC(2024, 10, 3, 6, 0), false],
    [
      'New York spring forward, 03:00 EDT',
      'America/New_York',
      { 6: '23:00-02:30' },
      Date.UTC(2024, 2, 10, 7, 0),
      false,
    ],
    [
      'New York spring forward, 01:59 EST',
      'America/New_York',
      { 6: '23:00-02:30' },
      Date.UTC(2024, 2, 10, 6, 59),
      true,
    ],
    ['Kolkata, 09:00 IST', 'Asia/Kolkata', { 1: '09:00-17:00' }, Date.UTC(2024, 0, 1, 3, 30), true],
    ['Kolkata, 08:59 IST', 'Asia/Kolkata', { 1: '09:00-17:00' }, Date.UTC(2024, 0, 1, 3, 29), false],
  ] as const)('%s', (_name, zone, days, ts, expected) => {
    expect(isInWindow(makeSettings({ schedule: schedule(days) }), ts, zone)).toBe(expected);
  });
});

describe('nextWindowStart', () => {
  it.each([
    ['before today’s window', workdays, jan(1, 8), jan(1, 9)],
    ['exactly at a window start', workdays, jan(1, 9), jan(1, 9)],
    ['inside today’s window: tomorrow’s', workdays, jan(1, 10), jan(2, 9)],
    ['Friday evening: Monday', workdays, jan(5, 18), jan(8, 9)],
    ['a night window, same evening', fridayNight, jan(5, 12), jan(5, 22)],
    ['a night window, after it closed: next week', fridayNight, jan(6, 3), jan(12, 22)],
    ['no enabled day', noDays, jan(1, 8), null],
    ['no schedule (always open)', off, jan(1, 8), null],
  ])('%s', (_name, settings, ts, expected) => {
    expect(nextWindowStart(settings, ts, 'UTC')).toBe(expected);
  });

  it('opens at the transition when the start time does not exist (spring forward)', () => {
    const s = makeSettings({ schedule: schedule({ 0: '02:30-04:00' }) });
    expect(nextWindowStart(s, Date.UTC(2024, 2, 30, 12), 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 31, 1, 0));
  });
});

describe('windowEndAfter and currentWindowStart', () => {
  it.each([
    ['inside a window', workdays, jan(1, 10), jan(1, 17, 30), jan(1, 9)],
    ['outside: the end of the next window', workdays, jan(6, 10), jan(8, 17, 30), null],
    ['touching windows count as one', touching, jan(1, 23), jan(2, 12), jan(1, 22)],
    ['in the second of two touching windows', touching, jan(2, 7), jan(2, 12), jan(2, 6)],
    ['no schedule: never closes', off, jan(1, 10), null, null],
  ])('%s', (_name, settings, ts, end, start) => {
    expect(windowEndAfter(settings, ts, 'UTC')).toBe(end);
    expect(currentWindowStart(settings, ts, 'UTC')).toBe(start);
  });
});

describe('schedule windows (properties)', () => {
  const minute = fc.integer({ min: 0, max: 1439 });
  const days = fc.array(
    fc.record({ enabled: fc.boolean(), start: minute, end: minute }).filter((d) => d.start !== d.end),
    { minLength: 7, maxLength: 7 },
  );
  const zone = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata');
  const ts = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) });

  it('finds a next window start that is open, not before the given time and within eight days', () => {
    fc.assert(
      fc.property(days, zone, ts, (d, z, t) => {
        const settings = makeSettings({ schedule: { enabled: true, days: d } });
        const start = nextWindowStart(settings, t, z);
        if (!d.some((day) => day.enabled)) {
          expect(start).toBeNull();
          return;
        }
        expect(start).not.toBeNull();
        expect(start!).toBeGreaterThanOrEqual(t);
        expect(start! - t).toBeLessThanOrEqual(8 * 86_400_000);
        expect(isInWindow(settings, start!, z)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('ends an open window at a time after it that is closed, and it is open at its start', () => {
    fc.assert(
      fc.property(days, zone, ts, (d, z, t) => {
        const settings = makeSettings({ schedule: { enabled: true, days: d } });
        if (!isInWindow(settings, t, z)) return;
        const end = windowEndAfter(settings, t, z)!;
        expect(end).toBeGreaterThan(t);
        expect(isInWindow(settings, end - 1000, z)).toBe(true);
        if (end - t < 7 * 86_400_000) expect(isInWindow(settings, end, z)).toBe(false);
        const start = currentWindowStart(settings, t, z)!;
        expect(start).toBeLessThanOrEqual(t);
        expect(isInWindow(settings, start, z)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
