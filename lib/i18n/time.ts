/**
 * Times and dates in the user's locale, one format everywhere: the locale's own clock ("14:30" or
 * "2:30 PM") for hours and minutes, the weekday when another day of this week, and the date as well
 * when more than six days away. Pure: locale and time zone are parameters (undefined: the user's).
 */
const DAY = 86_400_000;

export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
}

const CLOCK = { hour: 'numeric', minute: '2-digit' } as const;

const cache = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions, { locale, timeZone }: TimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, timeZone, options]);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return f;
}

/** The time of day of `ts`: "14:30" or "2:30 PM", as the locale writes it. */
export function formatClockTime(ts: number, options: TimeFormatOptions = {}): string {
  return format(CLOCK, options).format(ts);
}

/** A minute of the day (0–1439, a schedule's start or end) as the same clock time. */
export function formatMinuteOfDay(minute: number, locale?: string): string {
  return format(CLOCK, { locale, timeZone: 'UTC' }).format(Date.UTC(2000, 0, 3, 0, minute));
}

/** The calendar day of `ts` in the zone, as a number of days (for differences between two days). */
function dayNumber(ts: number, options: TimeFormatOptions): number {
  const parts = format({ year: 'numeric', month: 'numeric', day: 'numeric' }, { ...options, locale: 'en-US' })
    .formatToParts(ts)
    .reduce<Record<string, number>>((acc, p) => ((acc[p.type] = Number(p.value)), acc), {});
  return Math.round(Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY);
}

/**
 * A moment relative to `now`: "14:30" today, "Mon 09:00" on another day within six days, and
 * "Mon, 16 Jun, 09:00" further away (a weekday alone would be ambiguous).
 */
export function formatWhen(ts: number, now: number, options: TimeFormatOptions = {}): string {
  const days = Math.abs(dayNumber(ts, options) - dayNumber(now, options));
  if (days === 0) return formatClockTime(ts, options);
  const date =
    days > 6 ? ({ weekday: 'short', day: 'numeric', month: 'short' } as const) : { weekday: 'short' as const };
  return format({ ...date, ...CLOCK }, options).format(ts);
}
