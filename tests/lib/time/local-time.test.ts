import fc from 'fast-check';
import {
  addLocalDays,
  localParts,
  nextLocalTime,
  startOfLocalDay,
  startOfNextLocalDay,
  timeZoneOffsetMs,
  weekdayOf,
  zonedTime,
} from '@/lib/time/local-time';

const HOUR = 3_600_000;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago'];

describe('zonedTime', () => {
  it.each([
    // zone, local date, local time, expected UTC
    ['UTC', [2024, 1, 1], '09:00', utc(2024, 1, 1, 9)],
    ['Asia/Kolkata', [2024, 6, 15], '09:00', utc(2024, 6, 15, 3, 30)],
    ['Asia/Kolkata', [2024, 1, 2], '00:00', utc(2024, 1, 1, 18, 30)],
    ['Europe/Berlin', [2024, 1, 15], '09:00', utc(2024, 1, 15, 8)],
    ['Europe/Berlin', [2024, 7, 15], '09:00', utc(2024, 7, 15, 7)],
    // Spring forward in Berlin: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
    ['Europe/Berlin', [2024, 3, 31], '01:59', utc(2024, 3, 31, 0, 59)],
    ['Europe/Berlin', [2024, 3, 31], '02:00', utc(2024, 3, 31, 1)],
    ['Europe/Berlin', [2024, 3, 31], '02:30', utc(2024, 3, 31, 1)],
    ['Europe/Berlin', [2024, 3, 31], '03:00', utc(2024, 3, 31, 1)],
    ['Europe/Berlin', [2024, 3, 31], '03:30', utc(2024, 3, 31, 1, 30)],
    // Fall back in Berlin: 03:00 CEST becomes 02:00 CET; 02:00–02:59 happen twice, the earlier wins.
    ['Europe/Berlin', [2024, 10, 27], '01:30', utc(2024, 10, 26, 23, 30)],
    ['Europe/Berlin', [2024, 10, 27], '02:30', utc(2024, 10, 27, 0, 30)],
    ['Europe/Berlin', [2024, 10, 27], '03:00', utc(2024, 10, 27, 2)],
    // New York: 02:00 EST jumps to 03:00 EDT (07:00 UTC); 01:00–01:59 EDT/EST happen twice.
    ['America/New_York', [2024, 3, 10], '01:59', utc(2024, 3, 10, 6, 59)],
    ['America/New_York', [2024, 3, 10], '02:30', utc(2024, 3, 10, 7)],
    ['America/New_York', [2024, 3, 10], '03:00', utc(2024, 3, 10, 7)],
    ['America/New_York', [2024, 11, 3], '00:30', utc(2024, 11, 3, 4, 30)],
    ['America/New_York', [2024, 11, 3], '01:30', utc(2024, 11, 3, 5, 30)],
    ['America/New_York', [2024, 11, 3], '02:30', utc(2024, 11, 3, 7, 30)],
    // Chile skips midnight itself: the day starts at 01:00.
    ['America/Santiago', [2024, 9, 8], '00:00', utc(2024, 9, 8, 4)],
  ] as const)('%s %j %s is %d', (zone, [y, m, d], time, expected) => {
    const [h, mi] = time.split(':').map(Number) as [number, number];
    expect(new Date(zonedTime(y, m, d, h * 60 + mi, zone)).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('rolls minutes past midnight over into the next day, across months and years', () => {
    expect(zonedTime(2024, 12, 31, 1440 + 60, 'UTC')).toBe(utc(2025, 1, 1, 1));
    expect(zonedTime(2024, 2, 28, 1440, 'Asia/Kolkata')).toBe(utc(2024, 2, 28, 18, 30));
  });

  it('falls back to UTC for an unknown zone instead of throwing', () => {
    expect(zonedTime(2024, 1, 1, 0, 'Not/AZone')).toBe(utc(2024, 1, 1));
    expect(localParts(utc(2024, 1, 1, 12), 'Not/AZone').minuteOfDay).toBe(720);
  });
});

describe('localParts', () => {
  it.each([
    ['UTC', utc(2024, 1, 1, 12, 34), { year: 2024, month: 1, day: 1, weekday: 1, minuteOfDay: 754 }],
    ['Asia/Kolkata', utc(2024, 1, 1, 18, 30), { year: 2024, month: 1, day: 2, weekday: 2, minuteOfDay: 0 }],
    ['Asia/Kolkata', utc(2024, 1, 1, 18, 29), { year: 2024, month: 1, day: 1, weekday: 1, minuteOfDay: 1439 }],
    ['Europe/Berlin', utc(2024, 3, 31, 0, 59), { year: 2024, month: 3, day: 31, weekday: 0, minuteOfDay: 119 }],
    ['Europe/Berlin', utc(2024, 3, 31, 1, 0), { year: 2024, month: 3, day: 31, weekday: 0, minuteOfDay: 180 }],
    ['Europe/Berlin', utc(2024, 10, 27, 0, 30), { year: 2024, month: 10, day: 27, weekday: 0, minuteOfDay: 150 }],
    ['Europe/Berlin', utc(2024, 10, 27, 1, 30), { year: 2024, month: 10, day: 27, weekday: 0, minuteOfDay: 150 }],
    ['America/New_York', utc(2024, 11, 3, 5, 30), { year: 2024, month: 11, day: 3, weekday: 0, minuteOfDay: 90 }],
    ['America/New_York', utc(2024, 11, 3, 6, 30), { year: 2024, month: 11, day: 3, weekday: 0, minuteOfDay: 90 }],
    ['America/New_York', utc(2025, 1, 1, 4, 59), { year: 2024, month: 12, day: 31, weekday: 2, minuteOfDay: 1439 }],
  ] as const)('%s at %d', (zone, ts, expected) => {
    expect(localParts(ts, zone)).toEqual(expected);
  });

  it('reports the zone offset, including half-hour zones', () => {
    expect(timeZoneOffsetMs(utc(2024, 6, 1), 'Asia/Kolkata')).toBe(5.5 * HOUR);
    expect(timeZoneOffsetMs(utc(2024, 6, 1), 'America/New_York')).toBe(-4 * HOUR);
    expect(timeZoneOffsetMs(utc(2024, 1, 1), 'America/New_York')).toBe(-5 * HOUR);
  });
});

describe('local days', () => {
  it.each([
    ['a normal day in Berlin', 'Europe/Berlin', utc(2024, 1, 15, 12), utc(2024, 1, 14, 23), utc(2024, 1, 15, 23), 24],
    [
      'the Berlin spring-forward day has 23 hours',
      'Europe/Berlin',
      utc(2024, 3, 31, 10),
      utc(2024, 3, 30, 23),
      utc(2024, 3, 31, 22),
      23,
    ],
    [
      'the Berlin fall-back day has 25 hours',
      'Europe/Berlin',
      utc(2024, 10, 27, 10),
      utc(2024, 10, 26, 22),
      utc(2024, 10, 27, 23),
      25,
    ],
    [
      'the New York fall-back day has 25 hours',
      'America/New_York',
      utc(2024, 11, 3, 12),
      utc(2024, 11, 3, 4),
      utc(2024, 11, 4, 5),
      25,
    ],
    [
      'the New York spring-forward day has 23 hours',
      'America/New_York',
      utc(2024, 3, 10, 12),
      utc(2024, 3, 10, 5),
      utc(2024, 3, 11, 4),
      23,
    ],
    [
      'Kolkata days start at 18:30 UTC',
      'Asia/Kolkata',
      utc(2024, 1, 1, 20),
      utc(2024, 1, 1, 18, 30),
      utc(2024, 1, 2, 18, 30),
      24,
    ],
  ] as const)('%s', (_name, zone, ts, start, next, hours) => {
    expect(startOfLocalDay(ts, zone)).toBe(start);
    expect(startOfNextLocalDay(ts, zone)).toBe(next);
    expect((next - start) / HOUR).toBe(hours);
  });

  it('finds the next local clock time, today or tomorrow', () => {
    expect(nextLocalTime(utc(2024, 1, 15, 7), 9 * 60, 'Europe/Berlin')).toBe(utc(2024, 1, 15, 8));
    expect(nextLocalTime(utc(2024, 1, 15, 9), 9 * 60, 'Europe/Berlin')).toBe(utc(2024, 1, 16, 8));
  });

  it('counts the very moment the clock shows that time as the next one', () => {
    expect(nextLocalTime(utc(2024, 1, 15, 8), 9 * 60, 'Europe/Berlin')).toBe(utc(2024, 1, 15, 8));
    expect(nextLocalTime(utc(2024, 1, 15, 8) + 1, 9 * 60, 'Europe/Berlin')).toBe(utc(2024, 1, 16, 8));
  });

  it('adds calendar days across months and years and knows their weekdays', () => {
    expect(addLocalDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addLocalDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(weekdayOf({ year: 2024, month: 1, day: 1 })).toBe(1);
    expect(weekdayOf({ year: 2024, month: 3, day: 31 })).toBe(0);
  });
});

describe('instants with milliseconds (what Date.now() gives)', () => {
  // Liberia moved from GMT-00:44:30 to GMT at 00:44:30 UTC on 7 January 1972: a transition in the
  // middle of a quarter hour, to the second, from an offset with seconds.
  const MONROVIA = 'Africa/Monrovia';
  const switchAt = Date.UTC(1972, 0, 7, 0, 44, 30);
  const oldOffset = -(44 * 60 + 30) * 1000;

  it.each([
    ['a quarter hour before', switchAt - 15 * 60_000 + 250, oldOffset],
    ['half a second before', switchAt - 500, oldOffset],
    ['a millisecond before', switchAt - 1, oldOffset],
    ['at the switch', switchAt, 0],
    ['a millisecond after', switchAt + 1, 0],
    ['half a second after', switchAt + 500, 0],
    ['ten minutes after', switchAt + 10 * 60_000 + 999, 0],
  ])('Monrovia %s its 1972 switch has the right offset', (_name, ts, offset) => {
    expect(timeZoneOffsetMs(ts, MONROVIA)).toBe(offset);
  });

  it('gets the offset right for instants with milliseconds before 1970 too (Monrovia, 1 March 1919)', () => {
    // GMT-00:43:08 until 00:43:08 UTC, then GMT-00:44:30; the instants are negative numbers.
    const earlier = Date.UTC(1919, 2, 1, 0, 43, 8);
    expect(timeZoneOffsetMs(earlier - 500, MONROVIA)).toBe(-(43 * 60 + 8) * 1000);
    expect(timeZoneOffsetMs(earlier + 500, MONROVIA)).toBe(oldOffset);
    expect(timeZoneOffsetMs(earlier + 1, MONROVIA)).toBe(oldOffset);
  });

  it('shows Monrovia local days and times across that switch', () => {
    // 23:59:59 local on the 6th, then 00:44:30 on the 7th: the day's first 44 minutes never happened.
    expect(localParts(switchAt - 1, MONROVIA)).toEqual({ year: 1972, month: 1, day: 6, weekday: 4, minuteOfDay: 1439 });
    expect(localParts(switchAt + 1, MONROVIA)).toEqual({ year: 1972, month: 1, day: 7, weekday: 5, minuteOfDay: 44 });
    expect(zonedTime(1972, 1, 7, 0, MONROVIA)).toBe(switchAt);
    expect(zonedTime(1972, 1, 7, 30, MONROVIA)).toBe(switchAt);
    expect(zonedTime(1972, 1, 7, 45, MONROVIA)).toBe(Date.UTC(1972, 0, 7, 0, 45));
    expect(startOfLocalDay(switchAt + 3 * HOUR + 123, MONROVIA)).toBe(switchAt);
    expect(startOfNextLocalDay(switchAt - 1, MONROVIA)).toBe(switchAt);
  });

  it.each([
    ['Europe/Berlin', utc(2024, 3, 31, 1), HOUR, 2 * HOUR],
    ['Europe/Berlin', utc(2024, 10, 27, 1), 2 * HOUR, HOUR],
    ['America/New_York', utc(2024, 3, 10, 7), -5 * HOUR, -4 * HOUR],
    ['Australia/Lord_Howe', Date.UTC(2024, 3, 6, 15), 11 * HOUR, 10.5 * HOUR],
  ] as const)('%s: a millisecond on either side of a clock change at %d', (zone, change, before, after) => {
    expect(timeZoneOffsetMs(change - 1, zone)).toBe(before);
    expect(timeZoneOffsetMs(change - 999, zone)).toBe(before);
    expect(timeZoneOffsetMs(change, zone)).toBe(after);
    expect(timeZoneOffsetMs(change + 999, zone)).toBe(after);
  });

  it('an instant has the offset of its whole second, in any zone', () => {
    const zones = [...ZONES, 'Asia/Kathmandu', 'Pacific/Chatham', MONROVIA];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1971, 0, 1), max: utc(2030, 12, 31) }),
        fc.constantFrom(...zones),
        (ts, zone) => {
          const whole = Math.floor(ts / 1000) * 1000;
          expect(timeZoneOffsetMs(ts, zone)).toBe(timeZoneOffsetMs(whole, zone));
          expect(localParts(ts, zone)).toEqual(localParts(whole, zone));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('local time properties', () => {
  const instant = fc.integer({ min: utc(2020, 1, 1), max: utc(2030, 12, 31) });

  it('maps the local parts of any instant back to that minute (the earlier one if it happened twice)', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ts, zone) => {
        const p = localParts(ts, zone);
        const back = zonedTime(p.year, p.month, p.day, p.minuteOfDay, zone);
        const minute = Math.floor(ts / 60_000) * 60_000;
        expect(back).toBeLessThanOrEqual(minute);
        expect(minute - back).toBeLessThanOrEqual(HOUR);
        expect(localParts(back, zone)).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  it('resolves any wall time to an instant showing that time, or the first one after a gap', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 1439 }), fc.constantFrom(...ZONES), (ts, minute, zone) => {
        const { year, month, day } = localParts(ts, zone);
        const t = zonedTime(year, month, day, minute, zone);
        const p = localParts(t, zone);
        if (p.minuteOfDay !== minute || p.day !== day) {
          // In a gap: the result is the transition, and the minute before it shows an earlier wall time.
          expect(timeZoneOffsetMs(t - 1000, zone)).toBeLessThan(timeZoneOffsetMs(t, zone));
        }
        expect(startOfNextLocalDay(t, zone)).toBeGreaterThan(t);
      }),
      { numRuns: 1000 },
    );
  });
});
