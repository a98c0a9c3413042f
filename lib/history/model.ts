/**
 * Walking and posture history, kept in storage.local: its shape and how entries are added. Pure.
 *
 * Bounded: entries of local days older than COMPACT_AFTER_DAYS are folded into one DailyTotal per day
 * (compact.ts). With typical use (8 walks and 16 posture checks a day) a year of history is about
 * 57 KB of JSON, and each further year adds about 28 KB of daily totals.
 */
import { DAY } from '../time/units';
import { oneOf } from '../validate';

/** How the back feels after a walk, compared with before it (the back check-in). */
export type Feel = 'better' | 'same' | 'worse';
/** Where it feels worse, when the user says (optional detail after "Worse"). */
export type Where = 'lower-back' | 'hip' | 'leg';
export const isFeel = oneOf<Feel>('better', 'same', 'worse');
export const isWhere = oneOf<Where>('lower-back', 'hip', 'leg');

export interface CheckIn {
  /** When the user answered. */
  at: number;
  feel: Feel;
  where?: Where;
}

export interface WalkEntry {
  startedAt: number;
  endedAt: number;
  plannedMin: number;
  /** Minutes actually walked (pauses excluded), one decimal. */
  actualMin: number;
  /** True when the timer ran out; false when the user finished early or the pause ran too long. */
  finished: boolean;
  /** The back check-in answered after this walk, if any. */
  checkIn?: CheckIn;
}

/** One local day of compacted history. */
export interface DailyTotal {
  /** The local calendar day, 'YYYY-MM-DD'. */
  day: string;
  walkMin: number;
  walks: number;
  finishedWalks: number;
  postureChecks: number;
  /** Reminders snoozed and skipped that day (absent: none; zeros are not stored, a year of them is 8 KB). */
  snoozes?: number;
  skips?: number;
  /**
   * Back check-ins that said "Worse" on that day's walks; absent means none. Kept when walks fold into
   * totals because the walking plan's rules (lib/plan/) need it for every day of the plan.
   */
  worse?: number;
}

/** 1: walks and posture checks; 2: + daily totals; 3: + check-ins, snoozes and skips. */
export const HISTORY_VERSION = 3;

export interface History {
  version: typeof HISTORY_VERSION;
  /** Walks of the last COMPACT_AFTER_DAYS days, oldest first. */
  walks: WalkEntry[];
  /** Times (epoch ms) the user answered a posture check with "Done", oldest first. */
  postureChecks: number[];
  /** Times a reminder was snoozed, oldest first. */
  snoozes: number[];
  /** Times a reminder was skipped ("Skip this one"), oldest first. */
  skips: number[];
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
  return { version: HISTORY_VERSION, walks: [], postureChecks: [], snoozes: [], skips: [], daily: [] };
}

export const emptyDay = (day: string): DailyTotal => ({
  day,
  walkMin: 0,
  walks: 0,
  finishedWalks: 0,
  postureChecks: 0,
});

/** Adds `n` to an optional count of a day, leaving it absent while it is zero. */
export function addCount(total: DailyTotal, key: 'snoozes' | 'skips' | 'worse', n: number): void {
  const sum = (total[key] ?? 0) + n;
  if (sum) total[key] = sum;
}

export function addWalk(history: History, walk: WalkEntry): History {
  return { ...history, walks: [...history.walks, walk] };
}

export function addPostureCheck(history: History, at: number): History {
  return { ...history, postureChecks: [...history.postureChecks, at] };
}

export function addSnooze(history: History, at: number): History {
  return { ...history, snoozes: [...history.snoozes, at] };
}

export function addSkip(history: History, at: number): History {
  return { ...history, skips: [...history.skips, at] };
}

/** The timestamp lists of a history: each is kept, merged and compacted the same way. */
export const MOMENT_LISTS = ['postureChecks', 'snoozes', 'skips'] as const;
export type MomentList = (typeof MOMENT_LISTS)[number];

const byDay = (a: DailyTotal, b: DailyTotal) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);

const ascending = (list: number[]) => [...list].sort((a, b) => a - b);

export function sortHistory(history: History): History {
  return {
    version: HISTORY_VERSION,
    walks: [...history.walks].sort((a, b) => a.startedAt - b.startedAt),
    postureChecks: ascending(history.postureChecks),
    snoozes: ascending(history.snoozes),
    skips: ascending(history.skips),
    daily: [...history.daily].sort(byDay),
  };
}
