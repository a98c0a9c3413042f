/**
 * Local-calendar arithmetic for an IANA time zone, built on Intl.DateTimeFormat only (no library).
 * Pure: the time and the zone are always parameters; nothing here reads the clock.
 *
 * An unknown zone name falls back to UTC instead of throwing, so that stored state or a strange
 * environment can never break the scheduler.
 */

import { DAY, MINUTE } from './units';

export interface LocalParts {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
  /** 0 = Sunday … 6 = Saturday, as in Date#getDay(). */
  weekday: number;
  /** Minutes after local midnight, 0–1439. */
  minuteOfDay: number;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = timeZone === 'UTC' ? new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }) : formatter('UTC');
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at `ts` (local wall clock minus UTC), straight from Intl. */
function rawOffsetMs(ts: number, timeZone: string): number {
  const parts = formatter(timeZone).formatToParts(ts);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const hour = get('hour') % 24;
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), hour, get('minute'), get('second'));
  const wholeSecond = ts - (((ts % 1000) + 1000) % 1000);
  return wall - wholeSecond;
}

// Intl is slow (several µs a call); offsets only change at transitions. Cache the offset per
// 15-minute slice of UTC time, but only for slices whose two ends agree (no transition inside).
const SLICE_MS = 15 * MINUTE;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC at `ts`, in ms (e.g. +3_600_000 for Berlin in winter). */
export function timeZoneOffsetMs(ts: number, timeZone: string): number {
  const slice = Math.floor(ts / SLICE_MS);
  const key = `${timeZone}|${slice}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const first = rawOffsetMs(slice * SLICE_MS, timeZone);
  const last = rawOffsetMs(slice * SLICE_MS + SLICE_MS - 1000, timeZone);
  if (first !== last) return rawOffsetMs(ts, timeZone);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, first);
  return first;
}

/** Calendar date, weekday and minute of the day of `ts` in `timeZone`. */
export function localParts(ts: number, timeZone: string): LocalParts {
  const wall = new Date(ts + timeZoneOffsetMs(ts, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    weekday: wall.getUTCDay(),
    minuteOfDay: wall.getUTCHours() * 60 + wall.getUTCMinutes(),
  };
}

/** The calendar date `days` after (or before) the given one; months and years roll over. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday for a calendar date (independent of any zone). */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

const zonedCache = new Map<string, number>();

/**
 * The instant at which the wall clock in `timeZone` shows `minuteOfDay` on the given date.
 * `minuteOfDay` may be 1440 or more (or negative): the date rolls over.
 * - A wall time that does not exist (spring-forward gap) resolves to the first valid instant after
 *   it, i.e. the moment of the transition (02:30 on the Berlin spring-forward day → 03:00 CEST).
 * - A wall time that happens twice (fall-back) resolves to the earlier instant.
 */
export function zonedTime(year: number, month: number, day: number, minuteOfDay: number, timeZone: string): number {
  const key = `${timeZone}|${year}|${month}|${day}|${minuteOfDay}`;
  const cached = zonedCache.get(key);
  if (cached !== undefined) return cached;
  const result = computeZonedTime(Date.UTC(year, month - 1, day, 0, minuteOfDay), timeZone);
  if (zonedCache.size > 20_000) zonedCache.clear();
  zonedCache.set(key, result);
  return result;
}

function computeZonedTime(wall: number, timeZone: string): number {
  // Offsets a day either side: if a transition lies near `wall`, these are the offsets before and after it.
  const before = timeZoneOffsetMs(wall - DAY, timeZone);
  const after = timeZoneOffsetMs(wall + DAY, timeZone);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((t) => t + timeZoneOffsetMs(t, timeZone) === wall);
  if (valid.length) return Math.min(...valid);
  // In a gap: the transition lies between `wall - after` (earlier) and `wall - before` (later).
  let lo = Math.min(wall - after, wall - before);
  let hi = Math.max(wall - after, wall - before);
  // Invariant: the offset at `lo` is the old one, at `hi` the new one. Search to the second.
  const oldOffset = timeZoneOffsetMs(lo, timeZone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (mid <= lo) break;
    if (timeZoneOffsetMs(mid, timeZone) === oldOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Local midnight at the start of the day that contains `ts`. */
export function startOfLocalDay(ts: number, timeZone: string): number {
  const p = localParts(ts, timeZone);
  return zonedTime(p.year, p.month, p.day, 0, timeZone);
}

/** Local midnight at the start of the day after the one that contains `ts` (e.g. "pause until tomorrow"). */
export function startOfNextLocalDay(ts: number, timeZone: string): number {
  const p = localParts(ts, timeZone);
  return zonedTime(p.year, p.month, p.day + 1, 0, timeZone);
}

/** The next instant at or after `ts` when the local clock shows `minuteOfDay` (e.g. tomorrow 08:00). */
export function nextLocalTime(ts: number, minuteOfDay: number, timeZone: string): number {
  const p = localParts(ts, timeZone);
  for (let offset = 0; offset <= 2; offset++) {
    const t = zonedTime(p.year, p.month, p.day + offset, minuteOfDay, timeZone);
    if (t >= ts) return t;
  }
  return zonedTime(p.year, p.month, p.day + 3, minuteOfDay, timeZone);
}
