/**
 * The reminder engine's persistent state: a fresh state, and reading an untrusted stored value.
 * Pure: time and time zone are parameters.
 */
import type { Settings } from '../settings/model';
import { fieldReader, show } from '../validate-fields';
import { isBool, isRecord, isTimestamp, nullable, oneOf } from '../validate';
import { restartDue } from './due';
import { isInWindow } from './schedule-window';
import {
  PLAUSIBLE_DUE_MS,
  PLAUSIBLE_PAUSE_MS,
  REMINDER_STATE_VERSION,
  type KindState,
  type ReminderKind,
  type ReminderState,
} from './types';

function freshKind(settings: Settings, kind: ReminderKind, now: number, timeZone: string): KindState {
  return {
    dueAt: settings[kind].enabled ? restartDue(settings, kind, now, timeZone) : null,
    pending: false,
    outstanding: false,
  };
}

/** A fresh state: every enabled kind counts down from `now` (or from the next window start). */
export function initialReminderState(settings: Settings, now: number, timeZone: string): ReminderState {
  return {
    version: REMINDER_STATE_VERSION,
    posture: freshKind(settings, 'posture', now, timeZone),
    walk: freshKind(settings, 'walk', now, timeZone),
    pausedUntil: null,
    away: null,
    inWindow: isInWindow(settings, now, timeZone),
    zone: timeZone,
  };
}

const isAway = (v: unknown): v is ReminderState['away'] =>
  v === null || (isRecord(v) && isTimestamp(v.since) && oneOf('idle', 'locked')(v.state));

/**
 * Reads the state from an untrusted stored value. Each malformed field falls back on its own to a
 * fresh value and is listed in `problems`; never throws. The result also agrees with the settings:
 * a kind that is off has no due time, a kind that is on gets one if it had none (not a problem:
 * the settings changed, not the stored value).
 *
 * Version 1 also kept the walk's end (`walkUntil`), a copy of the walk record: it is dropped, and its
 * zone is unknown (''), so the next step judges its due times against the current zone.
 */
export function parseReminderState(
  raw: unknown,
  settings: Settings,
  now: number,
  timeZone: string,
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
    problems.push(`reminder state: ${show(raw)} is not an object`);
    return { state: fresh, problems };
  }
  if (raw.version !== 1 && raw.version !== REMINDER_STATE_VERSION)
    problems.push(`version: ${show(raw.version)} is not valid`);
  const get = fieldReader(raw, '', problems);
  // A time beyond any real countdown or pause (a damaged value, a clock that was years ahead) is dropped.
  const within =
    (ahead: number) =>
    (v: unknown): v is number | null =>
      v === null || (isTimestamp(v) && v < now + ahead);

  const kind = (k: ReminderKind): KindState => {
    if (!isRecord(raw[k])) {
      problems.push(`${k}: ${show(raw[k])} is not an object`);
      return fresh[k];
    }
    const field = fieldReader(raw[k], `${k}.`, problems);
    const parsed: KindState = {
      dueAt: field('dueAt', within(PLAUSIBLE_DUE_MS), fresh[k].dueAt),
      pending: field('pending', isBool, false),
      outstanding: field('outstanding', isBool, false),
    };
    if (!settings[k].enabled) return { dueAt: null, pending: false, outstanding: false };
    if (parsed.dueAt === null) parsed.dueAt = fresh[k].dueAt;
    return parsed;
  };

  const away = get('away', isAway, null);
  return {
    state: {
      version: REMINDER_STATE_VERSION,
      posture: kind('posture'),
      walk: kind('walk'),
      pausedUntil: get('pausedUntil', within(PLAUSIBLE_PAUSE_MS), null),
      away: away ? { since: away.since, state: away.state } : null,
      inWindow: get('inWindow', isBool, fresh.inWindow),
      zone: raw.version === 1 ? '' : get('zone', (v): v is string => typeof v === 'string', ''),
    },
    problems,
  };
}
