/**
 * Local calendar days as 'YYYY-MM-DD' keys: what history totals, the chart and the streak count in.
 * Pure: the zone is a parameter.
 */
import { localParts } from './local-time';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a moment in a time zone, as 'YYYY-MM-DD'. */
export function localDay(at: number, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The day key of a UTC midnight (plain calendar arithmetic). */
export function dayKeyUTC(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** The calendar day `offset` days from `day` ('YYYY-MM-DD'); plain calendar arithmetic, no time zone. */
export function addDays(day: string, offset: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayKeyUTC(Date.UTC(y, m - 1, d + offset));
}

/** The last `days` local days up to and including today, oldest first. */
export function lastDays(now: number, timeZone: string, days: number): string[] {
  const today = localDay(now, timeZone);
  return Array.from({ length: days }, (_, i) => addDays(today, i - days + 1));
}
