import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, lastDays, localDay } from '@/lib/time/days';

describe('localDay / addDays', () => {
  it('uses the given time zone', () => {
    const lateEvening = Date.UTC(2025, 5, 14, 23, 30);
    expect(localDay(lateEvening, 'UTC')).toBe('2025-06-14');
    expect(localDay(lateEvening, 'Europe/Berlin')).toBe('2025-06-15');
    expect(localDay(lateEvening, 'America/New_York')).toBe('2025-06-14');
  });
  it('always writes the year with four digits', () => {
    expect(localDay(Date.UTC(999, 0, 2, 12), 'UTC')).toBe('0999-01-02');
  });
  it.each([
    ['2025-03-01', -1, '2025-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-30', 1, '2025-03-31'],
  ])('%s %+d is %s', (day, offset, expected) => {
    expect(addDays(day, offset)).toBe(expected);
  });
});

describe('lastDays', () => {
  it('lists the last days up to and including the local today, oldest first', () => {
    const lateEvening = Date.UTC(2025, 2, 1, 23, 30); // already 2 March in Berlin
    expect(lastDays(lateEvening, 'Europe/Berlin', 3)).toEqual(['2025-02-28', '2025-03-01', '2025-03-02']);
    expect(lastDays(lateEvening, 'UTC', 3)).toEqual(['2025-02-27', '2025-02-28', '2025-03-01']);
    expect(lastDays(lateEvening, 'UTC', 1)).toEqual(['2025-03-01']);
    expect(lastDays(lateEvening, 'UTC', 0)).toEqual([]);
  });
  it('gives that many consecutive days, ending today', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'),
        (now, days, zone) => {
          const list = lastDays(now, zone, days);
          expect(list).toHaveLength(days);
          expect(list.at(-1)).toBe(localDay(now, zone));
          list.slice(1).forEach((day, i) => expect(day).toBe(addDays(list[i]!, 1)));
        },
      ),
    );
  });
});
