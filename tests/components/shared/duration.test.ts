import { formatClock } from '@/components/shared/clock';
import { formatDuration, formatTime } from '@/components/shared/duration';
import { unbroken } from '@/lib/browser/i18n';

/** Shows no-break spaces as "·" so the expectations read. */
const dots = (text: string) => text.replace(/\u00a0/g, '·');

describe('formatDuration', () => {
  it.each([
    [59_000, 'less than a minute'],
    [60_000, '1·min'],
    [61_000, '2·min'],
    [12 * 60_000, '12·min'],
    [60 * 60_000, '1·h'],
    [65 * 60_000, '1·h·5·min'],
    [120 * 60_000, '2·h'],
    [685 * 60_000, '11·h·25·min'],
  ])('says %i ms as "%s" (rounded up, so "in 1 min" never means now; never broken inside)', (ms, text) => {
    expect(dots(formatDuration(ms))).toBe(text);
  });
});

describe('formatClock', () => {
  it.each([
    [300_000, '5:00'],
    [299_001, '5:00'],
    [61_000, '1:01'],
    [0, '0:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatClock(ms)).toBe(text);
  });
});

describe('formatTime', () => {
  const now = new Date(2025, 5, 16, 10, 0).getTime(); // Monday 16 June 2025, 10:00 local

  it('gives the time alone today, and never a space that could break', () => {
    const text = formatTime(new Date(2025, 5, 16, 14, 30).getTime(), now);
    expect(text).toMatch(/^(14:30|2:30\sPM)$/);
    expect(text).not.toMatch(/ /);
  });

  it('adds the weekday within six days', () => {
    expect(formatTime(new Date(2025, 5, 21, 9, 0).getTime(), now)).toMatch(/^Sat\s(09:00|9:00\sAM)$/);
  });

  it('adds the date further away, so a weekday is never ambiguous', () => {
    expect(formatTime(new Date(2025, 5, 23, 9, 0).getTime(), now)).toMatch(
      /^Mon,?\s(Jun\s23|23\sJun),?\s(09:00|9:00\sAM)$/,
    );
  });
});

describe('unbroken', () => {
  it('turns every space into a no-break space', () => {
    expect(dots(unbroken('11 h 25 min'))).toBe('11·h·25·min');
  });
});
