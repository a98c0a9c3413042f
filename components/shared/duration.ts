import { MINUTE } from '@/lib/time/units';
import { t } from '@/lib/browser/i18n';

/** "less than a minute", "12 min", "1 h", "1 h 5 min": rounded up so "in 1 min" never means "now". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE) return t('popupLessThanMinute');
  const minutes = Math.ceil(ms / MINUTE);
  if (minutes < 60) return t('popupMinutes', String(minutes));
  const hours = String(Math.floor(minutes / 60));
  return minutes % 60 ? t('popupHoursMinutes', [hours, String(minutes % 60)]) : t('popupHours', hours);
}

/** "4:05": minutes and seconds of a countdown. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** "14:30" in the user's locale and time zone; "Mon 09:00" when it is not on the same day as `now`. */
export function formatTime(ts: number, now: number = Date.now()): string {
  const at = new Date(ts);
  const time = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  if (at.toDateString() === new Date(now).toDateString()) return time;
  return `${at.toLocaleDateString([], { weekday: 'short' })} ${time}`;
}
