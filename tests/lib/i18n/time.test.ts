import { formatClockTime, formatMinuteOfDay, formatWhen } from '@/lib/i18n/time';

/** Monday 16 June 2025, 10:00 in Berlin (08:00 UTC). */
const NOW = Date.UTC(2025, 5, 16, 8, 0);
const BERLIN = { timeZone: 'Europe/Berlin' };
const at = (day: number, hour: number, minute = 0) => Date.UTC(2025, 5, day, hour - 2, minute);
/** Intl may put a (narrow) no-break space before "AM"/"PM": compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatClockTime', () => {
  it.each([
    ['en-GB', '14:30'],
    ['en-US', '2:30 PM'],
    ['de', '14:30'],
  ])('writes the time the way %s does', (locale, text) => {
    expect(plain(formatClockTime(at(16, 14, 30), { ...BERLIN, locale }))).toBe(text);
  });
});

describe('formatMinuteOfDay', () => {
  it.each([
    ['en-GB', 9 * 60, '09:00'],
    ['en-US', 9 * 60, '9:00 AM'],
    ['en-US', 17 * 60 + 30, '5:30 PM'],
    ['en-GB', 0, '00:00'],
  ])('in %s, minute %i is %s: the same clock as every other time on the page', (locale, minute, text) => {
    expect(plain(formatMinuteOfDay(minute, locale))).toBe(text);
  });
});

describe('formatWhen', () => {
  const when = (ts: number, locale = 'en-GB') => plain(formatWhen(ts, NOW, { ...BERLIN, locale }));

  it.each([
    ['later today', at(16, 14, 30), '14:30'],
    ['tomorrow', at(17, 9), 'Tue 09:00'],
    ['six days away', at(22, 9), 'Sun 09:00'],
    ['seven days away: the date too', at(23, 9), 'Mon 23 Jun, 09:00'],
    ['weeks away', at(30, 9), 'Mon 30 Jun, 09:00'],
  ])('%s', (_name, ts, text) => {
    expect(when(ts)).toBe(text);
  });

  it('counts days in the given zone, not in UTC', () => {
    // 23:30 in Berlin on Monday is 21:30 UTC: still the same day there.
    expect(when(at(16, 23, 30))).toBe('23:30');
  });

  it('uses the locale clock for the day too', () => {
    expect(when(at(17, 15), 'en-US')).toBe('Tue 3:00 PM');
  });
});
