import { MINUTE } from '@/lib/time/units';
import { formatNumber, t, uiLocale, unbroken } from '@/lib/browser/i18n';
import { formatWhen } from '@/lib/i18n/time';

/** "less than a minute", "12 min", "1 h", "1 h 5 min": rounded up so "in 1 min" never means "now". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return t('popupLessThanMinute');
  const minutes = Math.ceil(ms / MINUTE);
  if (minutes < 60) return unbroken(t('popupMinutes', formatNumber(minutes)));
  const hours = formatNumber(Math.floor(minutes / 60));
  return unbroken(minutes % 60 ? t('popupHoursMinutes', [hours, formatNumber(minutes % 60)]) : t('popupHours', hours));
}

/**
 * A moment in the user's locale and zone, one format everywhere (lib/i18n/time.ts): "14:30" (or
 * "2:30 PM") today, "Mon 09:00" within six days, with the date further away; never broken across lines.
 */
export function formatTime(ts: number, now: number = Date.now()): string {
  return unbroken(formatWhen(ts, now, { locale: uiLocale() }));
}
