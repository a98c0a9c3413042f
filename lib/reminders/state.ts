/**
 * The reminder engine's persistent state: a fresh state, and reading an untrusted stored value.
 * Pure: time and time zone are parameters.
 */
import { defaultTimeZone } from '../time/local-time';
import type { Settings } from '../settings/model';
import { restartDue } from './due';
import { isInWindow } from './schedule-window';
import { type KindState, type ReminderKind, type ReminderState } from './types';

function freshKind(settings: Settings, kind: ReminderKind, now: number, timeZone: string): KindState {
  return {
    dueAt: settings[kind].enabled ? restartDue(settings, kind, now, timeZone) : null,
    pending: false,
    outstanding: false,
  };
}

/** A fresh state: every enabled kind counts down from `now` (or from the next window start). */
export function initialReminderState(
  settings: Settings,
  now: number,
  timeZone: string = defaultTimeZone(),
): ReminderState {
  return {
    version: 1,
    posture: freshKind(settings, 'posture', now, timeZone),
    walk: freshKind(settings, 'walk', now, timeZone),
    pausedUntil: null,
    away: null,
    walkUntil: null,
    inWindow: isInWindow(settings, now, timeZone),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTimestamp = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const describe = (v: unknown): string => {
  try {
    return JSON.stringify(v) ?? 'missing';
  } catch {
    return String(v);
  }
};

/**
 * Reads the state from an untrusted stored value. Each malformed field falls back on its own to a
 * fresh value and is listed in `problems`; never throws. The result also agrees with the settings:
 * a kind that is off has no due time, a kind that is on gets one if it had none (not a problem:
 * the settings changed, not the stored value).
 */
export function parseReminderState(
  raw: unknown,
  settings: Settings,
  now: number,
  timeZone: string = defaultTimeZone(),
): { state: ReminderState; problems: string[] } {
  try {
    return parse(raw, settings, now, timeZone);
  } catch (error) {
    return {
      state: initialReminderState(settings, now, timeZone),
      problems: [`reminder state: unreadable (${String(error)})`],
    };
  }
}

function parse(
  raw: unknown,
  settings: Settings,
  now: number,
  timeZone: string,
): { state: ReminderState; problems: string[] } {
  const fresh = initialReminderState(settings, now, timeZone);
  const problems: string[] = [];
  if (!isRecord(raw)) {
    problems.push(`reminder state: ${describe(raw)} is not an object`);
    return { state: fresh, problems };
  }
  const pick = <T>(path: string, value: unknown, ok: (v: unknown) => v is T, fallback: T): T => {
    if (ok(value)) return value;
    problems.push(`${path}: ${describe(value)} is not valid`);
    return fallback;
  };
  const orNull =
    <T>(ok: (v: unknown) => v is T) =>
    (v: unknown): v is T | null =>
      v === null || ok(v);

  if (raw.version !== 1) problems.push(`version: ${describe(raw.version)} is not valid`);

  const kind = (k: ReminderKind): KindState => {
    const value = raw[k];
    if (!isRecord(value)) {
      problems.push(`${k}: ${describe(value)} is not an object`);
      return fresh[k];
    }
    const parsed: KindState = {
      dueAt: pick(`${k}.dueAt`, value.dueAt, orNull(isTimestamp), fresh[k].dueAt),
      pending: pick(`${k}.pending`, value.pending, isBool, false),
      outstanding: pick(`${k}.outstanding`, value.outstanding, isBool, false),
    };
    if (!settings[k].enabled) return { dueAt: null, pending: false, outstanding: false };
    if (parsed.dueAt === null) parsed.dueAt = fresh[k].dueAt;
    return parsed;
  };

  const isAway = (v: unknown): v is ReminderState['away'] =>
    v === null || (isRecord(v) && isTimestamp(v.since) && (v.state === 'idle' || v.state === 'locked'));
  const away = pick('away', raw.away, isAway, null);

  const posture = kind('posture');
  const walk = kind('walk');
  return {
    state: {
      version: 1,
      posture,
      walk,
      pausedUntil: pick('pausedUntil', raw.pausedUntil, orNull(isTimestamp), null),
      away: away ? { since: away.since, state: away.state } : null,
      walkUntil: pick('walkUntil', raw.walkUntil, orNull(isTimestamp), null),
      inWindow: pick('inWindow', raw.inWindow, isBool, fresh.inWindow),
    },
    problems,
  };
}
