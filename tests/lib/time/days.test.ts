import { describe, expect, it } from 'vitest';
import { addDays, localDay } from '@/lib/time/days';

describe('localDay / addDays', () => {
  it('uses the given time zone', () => {
    const lateEvening = Date.UTC(2025, 5, 14, 23, 30);
    expect(localDay(lateEvening, 'UTC')).toBe('2025-06-14');
    expect(localDay(lateEvening, 'Europe/Berlin')).toBe('2025-06-15');
    expect(localDay(lateEvening, 'America/New_York')).toBe('2025-06-14');
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
