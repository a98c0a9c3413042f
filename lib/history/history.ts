/**
 * Walking and posture history, kept in storage.local. Pure: no browser calls.
 *
 * Bounded: entries of local days older than COMPACT_AFTER_DAYS are folded into one DailyTotal per day
 * (compactHistory). With typical use (8 walks and 16 posture checks a day) a year of history is about
 * 57 KB of JSON, and each further year adds about 28 KB of daily totals (see tests/unit/history.test.ts).
 */
import { LIMITS } from '../settings/model';

export interface WalkEntry {
  startedAt: number;
  endedAt: number;
  plannedMin: number;
  /** Minutes actually walked (pauses excluded), one decimal. */
  actualMin: number;
  /** True when the timer ran out; false when the user finished early. */
  finished: boolean;
}

/** One local day of compacted history. */
export interface DailyTotal {
  /** The local calendar day, 'YYYY-MM-DD'. */
  day: string;
  walkMin: number;
  walks: number;
  finishedWalks: number;
  postureChecks: number;
}

export interface History {
  version: 2;
  /** Walks of the last COMPACT_AFTER_DAYS days, oldest first. */
  walks: WalkEntry[];
  /** Times (epoch ms) the user answered a posture check with "Done", oldest first. */
  postureChecks: number[];
  /** Totals of older days, oldest first, one per day. */
  daily: DailyTotal[];
}

/** The shape stored before daily totals existed. */
export interface HistoryV1 {
  version: 1;
  walks: WalkEntry[];
  postureChecks: number[];
}

// The chart shows 28 days; detail beyond that is kept only as daily totals (about 56 KB per year of
// typical use instead of 64 KB with a 35-day window).
export const COMPACT_AFTER_DAYS = 28;
const DAY_MS = 86_400_000;

/**
 * Sanity limits for untrusted history (storage, imported files). Dates before 2020 predate the
 * extension; dates more than a day ahead of the clock are not history. The slack on actual minutes
 * allows for rounding to one decimal and a timer that ended a little late.
 */
export const HISTORY_LIMITS = {
  earliest: Date.UTC(2020, 0, 1),
  futureSlackMs: DAY_MS,
  actualSlackMin: 1,
  /** A walk's wall-clock span, pauses included. */
  maxWalkSpanMs: DAY_MS,
  maxWalks: 5_000,
  maxPostureChecks: 20_000,
  /** Ten years of daily totals. */
  maxDaily: 3_660,
  maxDayWalkMin: 1_440,
  maxDayCount: 1_000,
} as const;

export function emptyHistory(): History {
  return { version: 2, walks: [], postureChecks: [], daily: [] };
}

export function addWalk(history: History, walk: WalkEntry): History {
  return { ...history, walks: [...history.walks, walk] };
}

export function addPostureCheck(history: History, at: number): History {
  return { ...history, postureChecks: [...history.postureChecks, at] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The v1 → v2 storage migration (WXT's `migrations: { 2: … }`): v1 had no daily totals. */
export function migrateHistoryV1toV2(v1: unknown): History {
  if (!isRecord(v1)) return emptyHistory();
  return {
    version: 2,
    walks: Array.isArray(v1.walks) ? (v1.walks as WalkEntry[]) : [],
    postureChecks: Array.isArray(v1.postureChecks) ? (v1.postureChecks as number[]) : [],
    daily: [],
  };
}

// ---------------------------------------------------------------------------------------------------
// Validation

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function saneTime(v: unknown, now: number): v is number {
  return (
    isFiniteNumber(v) && Number.isInteger(v) && v >= HISTORY_LIMITS.earliest && v <= now + HISTORY_LIMITS.futureSlackMs
  );
}

const show = (v: unknown): string => {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  return JSON.stringify(v) ?? 'missing';
};

/** Checks one walk; returns what is wrong, or null. */
export function walkProblem(raw: unknown, now: number): string | null {
  if (!isRecord(raw)) return 'not an object';
  const { startedAt, endedAt, plannedMin, actualMin, finished } = raw;
  if (!saneTime(startedAt, now)) return `startedAt ${show(startedAt)} is not a date between 2020 and now`;
  if (!saneTime(endedAt, now)) return `endedAt ${show(endedAt)} is not a date between 2020 and now`;
  if (endedAt < startedAt) return 'endedAt is before startedAt';
  if (endedAt - startedAt > HISTORY_LIMITS.maxWalkSpanMs) return 'the walk spans more than a day';
  const len = LIMITS.walkLengthMin;
  if (!isFiniteNumber(plannedMin) || !Number.isInteger(plannedMin) || plannedMin < len.min || plannedMin > len.max) {
    return `plannedMin ${show(plannedMin)} is not a whole number from ${len.min} to ${len.max}`;
  }
  if (!isFiniteNumber(actualMin) || actualMin < 0) return `actualMin ${show(actualMin)} is not a number of minutes`;
  if (actualMin > plannedMin + HISTORY_LIMITS.actualSlackMin) {
    return `actualMin ${actualMin} is more than the planned ${plannedMin} minutes`;
  }
  if (actualMin * 60_000 > endedAt - startedAt + 60_000) return `actualMin ${actualMin} is longer than the walk lasted`;
  if (typeof finished !== 'boolean') return `finished ${show(finished)} is not true or false`;
  return null;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dailyProblem(raw: unknown, now: number): string | null {
  if (!isRecord(raw)) return 'not an object';
  const { day, walkMin, walks, finishedWalks, postureChecks } = raw;
  const m = typeof day === 'string' ? DAY_KEY.exec(day) : null;
  const at = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || dayKeyUTC(at) !== day || at < HISTORY_LIMITS.earliest - DAY_MS || at > now + HISTORY_LIMITS.futureSlackMs) {
    return `day ${show(day)} is not a date between 2020 and now`;
  }
  const count = (v: unknown) => isFiniteNumber(v) && Number.isInteger(v) && v >= 0 && v <= HISTORY_LIMITS.maxDayCount;
  if (!isFiniteNumber(walkMin) || walkMin < 0 || walkMin > HISTORY_LIMITS.maxDayWalkMin) {
    return `walkMin ${show(walkMin)} is not a number of minutes in a day`;
  }
  if (!count(walks)) return `walks ${show(walks)} is not a count`;
  if (!count(finishedWalks) || (finishedWalks as number) > (walks as number)) {
    return `finishedWalks ${show(finishedWalks)} is not a count up to walks`;
  }
  if (!count(postureChecks)) return `postureChecks ${show(postureChecks)} is not a count`;
  return null;
}

/**
 * Reads history from an untrusted value (storage, an imported file). Bad entries are dropped and
 * reported one by one, duplicates (same startedAt, same time, same day) are kept once, everything
 * is sorted oldest first. Never throws.
 */
export function parseHistory(raw: unknown, now: number = Date.now()): { history: History; problems: string[] } {
  const history = emptyHistory();
  const problems: string[] = [];
  if (!isRecord(raw)) {
    if (raw !== undefined && raw !== null) problems.push('history: not an object');
    return { history, problems };
  }
  if (raw.version !== 1 && raw.version !== 2) problems.push(`history.version: ${show(raw.version)} is not 1 or 2`);

  const list = (name: string, value: unknown, max: number): unknown[] => {
    if (value === undefined && name === 'daily' && raw.version === 1) return [];
    if (!Array.isArray(value)) {
      problems.push(`history.${name}: not a list`);
      return [];
    }
    if (value.length > max) {
      problems.push(`history.${name}: ${value.length} entries, more than ${max}`);
      return value.slice(-max);
    }
    return value;
  };

  const seenWalks = new Set<number>();
  list('walks', raw.walks, HISTORY_LIMITS.maxWalks).forEach((w, i) => {
    const problem = walkProblem(w, now);
    if (problem) return problems.push(`history.walks[${i}]: ${problem}`);
    const walk = w as unknown as WalkEntry;
    if (seenWalks.has(walk.startedAt)) return problems.push(`history.walks[${i}]: the same walk appears twice`);
    seenWalks.add(walk.startedAt);
    history.walks.push({
      startedAt: walk.startedAt,
      endedAt: walk.endedAt,
      plannedMin: walk.plannedMin,
      actualMin: walk.actualMin,
      finished: walk.finished,
    });
  });

  const seenChecks = new Set<number>();
  list('postureChecks', raw.postureChecks, HISTORY_LIMITS.maxPostureChecks).forEach((at, i) => {
    if (!saneTime(at, now))
      return problems.push(`history.postureChecks[${i}]: ${show(at)} is not a date between 2020 and now`);
    if (seenChecks.has(at)) return problems.push(`history.postureChecks[${i}]: the same check appears twice`);
    seenChecks.add(at);
    history.postureChecks.push(at);
  });

  const seenDays = new Set<string>();
  list('daily', raw.daily, HISTORY_LIMITS.maxDaily).forEach((d, i) => {
    const problem = dailyProblem(d, now);
    if (problem) return problems.push(`history.daily[${i}]: ${problem}`);
    const total = d as unknown as DailyTotal;
    if (seenDays.has(total.day)) return problems.push(`history.daily[${i}]: the day ${total.day} appears twice`);
    seenDays.add(total.day);
    history.daily.push({
      day: total.day,
      walkMin: total.walkMin,
      walks: total.walks,
      finishedWalks: total.finishedWalks,
      postureChecks: total.postureChecks,
    });
  });

  return { history: sortHistory(history), problems };
}

function sortHistory(history: History): History {
  return {
    version: 2,
    walks: [...history.walks].sort((a, b) => a.startedAt - b.startedAt),
    postureChecks: [...history.postureChecks].sort((a, b) => a - b),
    daily: [...history.daily].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
  };
}

/**
 * Merges two histories without duplicates: the same startedAt is the same walk, the same time the same
 * posture check (`a` wins). A day totalled in both is the same day seen twice, so the larger counts are
 * kept rather than added.
 */
export function mergeHistory(a: History, b: History): History {
  const walks = new Map<number, WalkEntry>();
  for (const w of [...b.walks, ...a.walks]) walks.set(w.startedAt, w);
  const daily = new Map<string, DailyTotal>();
  for (const d of [...a.daily, ...b.daily]) {
    const seen = daily.get(d.day);
    daily.set(
      d.day,
      seen
        ? {
            day: d.day,
            walkMin: Math.max(seen.walkMin, d.walkMin),
            walks: Math.max(seen.walks, d.walks),
            finishedWalks: Math.max(seen.finishedWalks, d.finishedWalks),
            postureChecks: Math.max(seen.postureChecks, d.postureChecks),
          }
        : d,
    );
  }
  return sortHistory({
    version: 2,
    walks: [...walks.values()],
    postureChecks: [...new Set([...a.postureChecks, ...b.postureChecks])],
    daily: [...daily.values()],
  });
}

// ---------------------------------------------------------------------------------------------------
// Local days

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar day of a moment in a time zone, as 'YYYY-MM-DD'. */
export function localDay(at: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

function dayKeyUTC(at: number): string {
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

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Totals per local day of everything in the history (detailed entries and compacted days together). */
export function totalsByDay(history: History, timeZone: string): Map<string, DailyTotal> {
  const totals = new Map<string, DailyTotal>();
  const get = (day: string) => {
    let total = totals.get(day);
    if (!total) {
      total = { day, walkMin: 0, walks: 0, finishedWalks: 0, postureChecks: 0 };
      totals.set(day, total);
    }
    return total;
  };
  for (const d of history.daily) {
    const total = get(d.day);
    total.walkMin += d.walkMin;
    total.walks += d.walks;
    total.finishedWalks += d.finishedWalks;
    total.postureChecks += d.postureChecks;
  }
  for (const w of history.walks) {
    const total = get(localDay(w.startedAt, timeZone));
    total.walkMin += w.actualMin;
    total.walks += 1;
    if (w.finished) total.finishedWalks += 1;
  }
  for (const at of history.postureChecks) get(localDay(at, timeZone)).postureChecks += 1;
  for (const total of totals.values()) total.walkMin = round1(total.walkMin);
  return totals;
}

/**
 * Folds walks and posture checks of local days older than COMPACT_AFTER_DAYS into daily totals. Whole
 * days move at once, so a day is either detailed or totalled (unless the time zone changed in between,
 * which the day totals tolerate: they add up).
 */
export function compactHistory(history: History, now: number, timeZone: string): History {
  const cutoff = addDays(localDay(now, timeZone), -COMPACT_AFTER_DAYS);
  // Only moments near or past the cutoff need the (slow) local-day lookup; no time zone is 2 days off.
  const surelyRecent = now - (COMPACT_AFTER_DAYS - 2) * DAY_MS;
  const old = (at: number) => at < surelyRecent && localDay(at, timeZone) < cutoff;
  const oldWalks = history.walks.filter((w) => old(w.startedAt));
  const oldChecks = history.postureChecks.filter(old);
  if (!oldWalks.length && !oldChecks.length) return history;
  const folded = totalsByDay({ version: 2, walks: oldWalks, postureChecks: oldChecks, daily: history.daily }, timeZone);
  return sortHistory({
    version: 2,
    walks: history.walks.filter((w) => !old(w.startedAt)),
    postureChecks: history.postureChecks.filter((at) => !old(at)),
    daily: [...folded.values()],
  });
}

/** Walking minutes per local day for the last `days` days, oldest first (today last). */
export function dailyWalkMinutes(history: History, now: number, timeZone: string, days = 28): number[] {
  const totals = totalsByDay(history, timeZone);
  return lastDays(now, timeZone, days).map((day) => totals.get(day)?.walkMin ?? 0);
}

/** Answered posture checks per local day for the last `days` days, oldest first. */
export function dailyPostureChecks(history: History, now: number, timeZone: string, days = 7): number[] {
  const totals = totalsByDay(history, timeZone);
  return lastDays(now, timeZone, days).map((day) => totals.get(day)?.postureChecks ?? 0);
}

/**
 * Consecutive local days with at least one finished walk, ending today — or yesterday when today has
 * none yet, so the streak does not read 0 every morning.
 */
export function currentStreak(history: History, now: number, timeZone: string): number {
  const totals = totalsByDay(history, timeZone);
  const active = (day: string) => (totals.get(day)?.finishedWalks ?? 0) > 0;
  let day = localDay(now, timeZone);
  if (!active(day)) day = addDays(day, -1);
  let streak = 0;
  while (active(day)) {
    streak += 1;
    day = addDays(day, -1);
  }
  return streak;
}
