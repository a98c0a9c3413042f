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

  it('adds calendar days across months and years and knows their weekdays', () => {
    expect(addLocalDays({ year: 2024, month: 12, day: 31 }, 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addLocalDays({ year: 2024, month: 3, day: 1 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(weekdayOf({ year: 2024, month: 1, day: 1 })).toBe(1);
    expect(weekdayOf({ year: 2024, month: 3, day: 31 })).toBe(0);
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
