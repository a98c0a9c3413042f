/**
 * Reading history from untrusted values. Two strictnesses:
 * - stored history (no `now`): structure only. Dates are never judged against the clock, so a clock
 *   that is wrong (days behind, years ahead) never drops what is stored;
 * - imported files (`now` given): also dates between 2020 and a day after `now`.
 * Migrations follow the value's own `version` (1: no daily totals; 2: daily totals), never a marker
 * kept elsewhere. Never throws.
 */
import { dayKeyUTC } from '../time/days';
import { DAY, MINUTE } from '../time/units';
import { isWalkLength, LIMITS } from '../settings/model';
import { intIn, isFiniteNumber, isRecord, isWhole } from '../validate';
import { show } from '../validate-fields';
import {
  addCount,
  HISTORY_LIMITS,
  MOMENT_LISTS,
  emptyHistory,
  isFeel,
  isWhere,
  sortHistory,
  type CheckIn,
  type DailyTotal,
  type History,
  type WalkEntry,
} from './model';

export interface Rules {
  /** Judge dates against this clock (imports only). */
  now?: number;
}

/** What is wrong with a moment (epoch ms), or null; imports (`rules.now`) also bound it to 2020 … now. */
export function timeProblem(v: unknown, rules: Rules, name = ''): string | null {
  if (!isWhole(v)) return `${name}${show(v)} is not a date`;
  if (rules.now !== undefined && (v < HISTORY_LIMITS.earliest || v > rules.now + HISTORY_LIMITS.futureSlackMs))
    return `${name}${show(v)} is not a date between 2020 and now`;
  return null;
}

/** Checks one walk; returns what is wrong, or null. */
export function walkProblem(raw: unknown, rules: Rules = {}): string | null {
  if (!isRecord(raw)) return 'not an object';
  const { startedAt, endedAt, plannedMin, actualMin, finished } = raw;
  const time = timeProblem(startedAt, rules, 'startedAt ') ?? timeProblem(endedAt, rules, 'endedAt ');
  if (time) return time;
  if ((endedAt as number) < (startedAt as number)) return 'endedAt is before startedAt';
  const len = LIMITS.walkLengthMin;
  if (!isWalkLength(plannedMin))
    return `plannedMin ${show(plannedMin)} is not a whole number from ${len.min} to ${len.max}`;
  if (!isFiniteNumber(actualMin) || actualMin < 0) return `actualMin ${show(actualMin)} is not a number of minutes`;
  if (actualMin > plannedMin + HISTORY_LIMITS.actualSlackMin)
    return `actualMin ${actualMin} is more than the planned ${plannedMin} minutes`;
  if (actualMin * MINUTE > (endedAt as number) - (startedAt as number) + MINUTE)
    return `actualMin ${actualMin} is longer than the walk lasted`;
  if (typeof finished !== 'boolean') return `finished ${show(finished)} is not true or false`;
  if (raw.checkIn !== undefined) return checkInProblem(raw.checkIn, rules);
  return null;
}

function checkInProblem(raw: unknown, rules: Rules): string | null {
  if (!isRecord(raw)) return 'checkIn is not an object';
  const time = timeProblem(raw.at, rules, 'checkIn.at ');
  if (time) return time;
  if (!isFeel(raw.feel)) return `checkIn.feel ${show(raw.feel)} is not better, same or worse`;
  if (raw.where !== undefined && !isWhere(raw.where))
    return `checkIn.where ${show(raw.where)} is not lower-back, hip or leg`;
  return null;
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;
const isCount = intIn(0, HISTORY_LIMITS.maxDayCount);
const isVersion = intIn(1, Infinity);

function dailyProblem(raw: unknown, rules: Rules): string | null {
  if (!isRecord(raw)) return 'not an object';
  const { day, walkMin, walks, finishedWalks, postureChecks } = raw;
  const m = typeof day === 'string' ? DAY_KEY.exec(day) : null;
  const at = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || dayKeyUTC(at) !== day) return `day ${show(day)} is not a date`;
  if (rules.now !== undefined && (at < HISTORY_LIMITS.earliest - DAY || at > rules.now + HISTORY_LIMITS.futureSlackMs))
    return `day ${show(day)} is not a date between 2020 and now`;
  if (!isFiniteNumber(walkMin) || walkMin < 0 || walkMin > HISTORY_LIMITS.maxDayWalkMin)
    return `walkMin ${show(walkMin)} is not a number of minutes in a day`;
  if (!isCount(walks)) return `walks ${show(walks)} is not a count`;
  if (!isCount(finishedWalks) || (finishedWalks as number) > (walks as number))
    return `finishedWalks ${show(finishedWalks)} is not a count up to walks`;
  if (!isCount(postureChecks)) return `postureChecks ${show(postureChecks)} is not a count`;
  // Added in version 3: absent means none.
  if (raw.snoozes !== undefined && !isCount(raw.snoozes)) return `snoozes ${show(raw.snoozes)} is not a count`;
  if (raw.skips !== undefined && !isCount(raw.skips)) return `skips ${show(raw.skips)} is not a count`;
  // Check-ins that said "Worse" (optional: absent means none).
  if (raw.worse !== undefined && !(isCount(raw.worse) && (raw.worse as number) <= (walks as number)))
    return `worse ${show(raw.worse)} is not a count up to walks`;
  return null;
}

const copyCheckIn = (c: CheckIn): CheckIn =>
  c.where ? { at: c.at, feel: c.feel, where: c.where } : { at: c.at, feel: c.feel };

/**
 * Reads history. Bad entries are dropped and reported one by one, duplicates (same startedAt, same
 * time, same day) are kept once, everything is sorted oldest first.
 */
export function parseHistory(raw: unknown, rules: Rules = {}): { history: History; problems: string[] } {
  const history = emptyHistory();
  const problems: string[] = [];
  if (!isRecord(raw)) {
    if (raw !== undefined && raw !== null) problems.push('history: not an object');
    return { history, problems };
  }
  const { version } = raw;
  // Version 1 had no daily totals, version 2 no snoozes and skips. A value without a version is read
  // by its shape; a newer one (a later release, then a downgrade) keeps every field this one knows.
  if (version !== undefined && !isVersion(version)) problems.push(`history.version: ${show(version)} is not a version`);

  const list = (name: string, value: unknown, max: number): unknown[] => {
    const since = name === 'daily' ? 2 : name === 'snoozes' || name === 'skips' ? 3 : 1;
    if (value === undefined && !(isFiniteNumber(version) && version >= since)) return [];
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
    const problem = walkProblem(w, rules);
    if (problem) return problems.push(`history.walks[${i}]: ${problem}`);
    const walk = w as unknown as WalkEntry;
    if (seenWalks.has(walk.startedAt)) return problems.push(`history.walks[${i}]: the same walk appears twice`);
    seenWalks.add(walk.startedAt);
    const entry: WalkEntry = {
      startedAt: walk.startedAt,
      endedAt: walk.endedAt,
      plannedMin: walk.plannedMin,
      actualMin: walk.actualMin,
      finished: walk.finished,
    };
    if (walk.checkIn) entry.checkIn = copyCheckIn(walk.checkIn);
    history.walks.push(entry);
  });

  for (const name of MOMENT_LISTS) {
    const seen = new Set<number>();
    list(name, raw[name], HISTORY_LIMITS.maxPostureChecks).forEach((at, i) => {
      const problem = timeProblem(at, rules);
      if (problem) return problems.push(`history.${name}[${i}]: ${problem}`);
      if (seen.has(at as number)) return problems.push(`history.${name}[${i}]: the same moment appears twice`);
      seen.add(at as number);
      history[name].push(at as number);
    });
  }

  const seenDays = new Set<string>();
  list('daily', raw.daily, HISTORY_LIMITS.maxDaily).forEach((d, i) => {
    const problem = dailyProblem(d, rules);
    if (problem) return problems.push(`history.daily[${i}]: ${problem}`);
    const total = d as unknown as DailyTotal;
    if (seenDays.has(total.day)) return problems.push(`history.daily[${i}]: the day ${total.day} appears twice`);
    seenDays.add(total.day);
    const entry: DailyTotal = {
      day: total.day,
      walkMin: total.walkMin,
      walks: total.walks,
      finishedWalks: total.finishedWalks,
      postureChecks: total.postureChecks,
    };
    for (const key of ['snoozes', 'skips', 'worse'] as const) addCount(entry, key, total[key] ?? 0);
    history.daily.push(entry);
  });

  return { history: sortHistory(history), problems };
}
