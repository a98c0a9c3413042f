/**
 * User settings: their shape, defaults and allowed ranges. Stored on this device and copied to sync
 * storage (lib/browser/storage.ts, lib/settings/sync.ts). Pure: no browser calls.
 */
import { intIn } from '../validate';

/** Minutes after local midnight, 0–1439. */
export type MinuteOfDay = number;

export interface DayWindow {
  /** Whether reminders run on this weekday at all. */
  enabled: boolean;
  start: MinuteOfDay;
  /** When `end` <= `start` the window crosses midnight and ends on the next day. */
  end: MinuteOfDay;
}

/**
 * The shape's version. 1 (no `version` field): before sound and `keepOnScreen`; 2: with them. A value
 * of an older version is read with the defaults of what it lacks (lib/settings/parse.ts).
 */
export const SETTINGS_VERSION = 2;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  posture: { enabled: boolean; intervalMin: number };
  walk: { enabled: boolean; intervalMin: number; lengthMin: number };
  snoozeMin: number;
  /** Minutes without input after which the user counts as away (browser.idle threshold). */
  idleThresholdMin: number;
  /** Off by default: reminders then run whenever the user is active. */
  schedule: {
    enabled: boolean;
    /** Index 0 is Sunday, as in Date#getDay(). Always seven entries. */
    days: DayWindow[];
  };
  /** Chrome shows action buttons on notifications; Firefox ignores this (it has none). */
  notificationButtons: boolean;
  /** Reminders stay on screen until the user acts (notification `requireInteraction`, Chrome). */
  keepOnScreen: boolean;
  /** The chime (version 2): when a walk ends (the user is away), with reminders, and how loud. */
  sound: { walkEnd: boolean; reminders: boolean; volume: number };
}

/** Inclusive ranges of every numeric setting, in minutes. The options page shows them. */
export const LIMITS = {
  postureIntervalMin: { min: 5, max: 240 },
  walkIntervalMin: { min: 15, max: 480 },
  walkLengthMin: { min: 1, max: 60 },
  snoozeMin: { min: 1, max: 120 },
  idleThresholdMin: { min: 1, max: 60 },
} as const;

/** The chime's volume, in percent (not minutes, so not one of LIMITS' fields). */
export const VOLUME = { min: 0, max: 100, step: 10 } as const;

const workday = (): DayWindow => ({ enabled: true, start: 9 * 60, end: 17 * 60 + 30 });
const weekend = (): DayWindow => ({ enabled: false, start: 9 * 60, end: 17 * 60 + 30 });

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  posture: { enabled: true, intervalMin: 30 },
  // The document: "Start with a short, 5 to 10-minute walk every day".
  walk: { enabled: true, intervalMin: 60, lengthMin: 5 },
  snoozeMin: 10,
  idleThresholdMin: 5,
  schedule: {
    enabled: false,
    days: [weekend(), workday(), workday(), workday(), workday(), workday(), weekend()],
  },
  notificationButtons: true,
  keepOnScreen: true,
  sound: { walkEnd: true, reminders: false, volume: 60 },
};

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

export type Range = { min: number; max: number };

/** A whole number within `range`. */
export function inRange(value: unknown, range: Range): value is number {
  return intIn(range.min, range.max)(value);
}

/** A walk's length as every reader checks it (settings, the walk record, commands, history). */
export const isWalkLength = intIn(LIMITS.walkLengthMin.min, LIMITS.walkLengthMin.max);
