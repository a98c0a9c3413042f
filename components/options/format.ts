/** Date formatting for the history view, in the user's language and the given time zone. */
import { uiLocale } from '@/lib/browser/i18n';
import { formatDateTime } from '@/lib/i18n/time';

/** A local day key ('YYYY-MM-DD') as "Mon, 2 Jun". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(uiLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, d));
}

/** A moment as "Mon 2 Jun, 14:05" in the given time zone (the same clock as every time on the pages). */
export function formatMoment(at: number, timeZone: string): string {
  return formatDateTime(at, { timeZone, locale: uiLocale() });
}
