/**
 * Times and dates in the user's locale, one format everywhere: the locale's own short clock ("14:30"
 * or "2:30 PM") for hours and minutes, the weekday when another day of this week, and the date as
 * well when more than six days away. Pure: locale and time zone are parameters (undefined: the user's).
 */
const DAY = 86_400_000;

export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
}

/**
 * The locale's own short time ("09:00", "9:00 AM"). `timeStyle` rather than hour and minute options:
 * those give "9:00" or "09:00" for the same locale depending on what else is in the pattern.
 */
const CLOCK = { timeStyle: 'short' } as const;
const DATE = { weekday: 'short', day: 'numeric', month: 'short' } as const;

const cache = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions, { locale, timeZone }: TimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, timeZone, options]);
  let f = cache.get(key);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch {
      // An unknown zone name (a strange environment) must never break a page or the toolbar title.
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
    cache.set(key, f);
  }
  return f;
}

/** The time of day of `ts`: "14:30" or "2:30 PM", as the locale writes it. */
export function formatClockTime(ts: number, options: TimeFormatOptions = {}): string {
  return format(CLOCK, options).format(ts);
}

/** A minute of the day (0–1439, a schedule's start or end) as the same clock time. */
export function formatMinuteOfDay(minute: number, locale?: string): string {
  return formatClockTime(Date.UTC(2000, 0, 3, 0, minute), { locale, timeZone: 'UTC' });
}

/**
 * The locale's own clock as options that combine with date fields (timeStyle cannot): its hour digits
 * ("09" or "9") and hour cycle, read off the locale's short time, so a time next to a date or weekday
 * reads exactly as a time alone does ("Mi., 09:05", never "Mi., 9:05" beside a "09:05").
 */
function clockFields(options: TimeFormatOptions): Intl.DateTimeFormatOptions {
  const clock = format(CLOCK, { locale: options.locale, timeZone: 'UTC' });
  const hour = clock.formatToParts(Date.UTC(2000, 0, 3, 9, 5)).find((p) => p.type === 'hour')?.value ?? '';
  return {
    hour: hour.length === 2 ? '2-digit' : 'numeric',
    minute: '2-digit',
    hourCycle: clock.resolvedOptions().hourCycle,
  };
}

/**
 * A moment with its date: "Mon 16 Jun, 09:00" ("Wed, Jan 1, 9:05 AM", "1月1日(水) 9:05"): one
 * Intl format with date and time fields, so each language orders and joins them its own way.
 */
export function formatDateTime(ts: number, options: TimeFormatOptions = {}): string {
  return format({ ...DATE, ...clockFields(options) }, options).format(ts);
}

/** The calendar day of `ts` in the zone, as a number of days (for differences between two days). */
function dayNumber(ts: number, options: TimeFormatOptions): number {
  const parts: Record<string, number> = {};
  for (const p of format(
    { year: 'numeric', month: 'numeric', day: 'numeric' },
    { ...options, locale: 'en-US' },
  ).formatToParts(ts))
    parts[p.type] = Number(p.value);
  return Math.round(Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY);
}

/**
 * A moment relative to `now`: "14:30" today, "Tue 09:00" on another day within six days, and
 * "Mon 23 Jun, 09:00" further away (a weekday alone would be ambiguous).
 */
export function formatWhen(ts: number, now: number, options: TimeFormatOptions = {}): string {
  const days = Math.abs(dayNumber(ts, options) - dayNumber(now, options));
  if (days === 0) return formatClockTime(ts, options);
  if (days > 6) return formatDateTime(ts, options);
  return format({ weekday: 'short', ...clockFields(options) }, options).format(ts);
}
