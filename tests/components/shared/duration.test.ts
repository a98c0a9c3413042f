import { formatClock, formatDuration } from '@/components/shared/duration';

describe('formatDuration', () => {
  it.each([
    [59_000, 'less than a minute'],
    [60_000, '1 min'],
    [61_000, '2 min'],
    [12 * 60_000, '12 min'],
    [60 * 60_000, '1 h'],
    [65 * 60_000, '1 h 5 min'],
    [120 * 60_000, '2 h'],
  ])('says %i ms as "%s" (rounded up, so "in 1 min" never means now)', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
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
