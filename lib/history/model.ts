/**
 * Walking and posture history, kept in storage.local: its shape and how entries are added. Pure.
 *
 * Bounded: entries of local days older than COMPACT_AFTER_DAYS are folded into one DailyTotal per day
 * (compact.ts). With typical use (8 walks and 16 posture checks a day) a year of history is about
 * 57 KB of JSON, and each further year adds about 28 KB of daily totals.
 */
import { DAY } from '../time/units';

export interface WalkEntry {
  startedAt: number;
  endedAt: number;
  plannedMin: number;
  /** Minutes actually walked (pauses excluded), one decimal. */
  actualMin: number;
  /** True when the timer ran out; false when the user finished early or the pause ran too long. */
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

export const HISTORY_VERSION = 2;

export interface History {
  version: typeof HISTORY_VERSION;
  /** Walks of the last COMPACT_AFTER_DAYS days, oldest first. */
  walks: WalkEntry[];
  /** Times (epoch ms) the user answered a posture check with "Done", oldest first. */
  postureChecks: number[];
  /** Totals of older days, oldest first, one per day. */
  daily: DailyTotal[];
}

// The chart shows 28 days; detail beyond that is kept only as daily totals.
export const COMPACT_AFTER_DAYS = 28;

/**
 * Sanity limits for untrusted history. Structure limits apply to every read; the date bounds
 * (`earliest`, `futureSlackMs`) only to imported files: a clock that is wrong must never delete
 * what is already stored.
 */
export const HISTORY_LIMITS = {
  earliest: Date.UTC(2020, 0, 1),
  futureSlackMs: DAY,
  /** Allows for rounding to one decimal and a timer that ended a little late. */
  actualSlackMin: 1,
  maxWalks: 5_000,
  maxPostureChecks: 20_000,
  /** Ten years of daily totals. */
  maxDaily: 3_660,
  maxDayWalkMin: 1_440,
  maxDayCount: 1_000,
} as const;

export function emptyHistory(): History {
  return { version: HISTORY_VERSION, walks: [], postureChecks: [], daily: [] };
}

export function addWalk(history: History, walk: WalkEntry): History {
  return { ...history, walks: [...history.walks, walk] };
}

export function addPostureCheck(history: History, at: number): History {
  return { ...history, postureChecks: [...history.postureChecks, at] };
}

const byDay = (a: DailyTotal, b: DailyTotal) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);

export function sortHistory(history: History): History {
  return {
    version: HISTORY_VERSION,
    walks: [...history.walks].sort((a, b) => a.startedAt - b.startedAt),
    postureChecks: [...history.postureChecks].sort((a, b) => a - b),
    daily: [...history.daily].sort(byDay),
  };
}
