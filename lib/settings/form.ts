/**
 * Field-level validation of the options page. The page keeps what the user typed as text and only a
 * value that passes here is saved: an out-of-range or malformed value is refused with a reason, never
 * clamped. Pure: no browser calls; the page turns the error codes into localized messages.
 */
import { LIMITS, VOLUME, type DayWindow, type MinuteOfDay, type Settings } from './model';

export type NumberFieldName = keyof typeof LIMITS;

export type NumberError =
  | { code: 'empty' }
  | { code: 'notNumber' }
  | { code: 'notWhole' }
  | { code: 'tooLow'; min: number }
  | { code: 'tooHigh'; max: number };

export type FieldResult<T, E> = { ok: true; value: T } | { ok: false; error: E };

const INTEGER = /^[+-]?\d+$/;
// Plain decimals only: "1e2", "0x10", "Infinity" are not what anyone types as minutes.
const DECIMAL = /^[+-]?(\d+\.\d*|\.\d+)$/;

/**
 * A number as people type it in their script, in ASCII: full-width digits and signs of a Japanese or
 * Chinese input method ("３０") by NFKC, Arabic-Indic and Persian digits ("٣٠", "۳۰") and the Arabic
 * decimal separator by hand (NFKC keeps them), and a decimal comma ("7,5") as a point. A comma before
 * three digits is left as it is: "1,000" is a thousand written in English, not a decimal.
 */
export function asciiNumber(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/\u066b/g, '.')
    .replace(/^([+-]?\d+),(\d{1,2})$/, '$1.$2');
}

/** Parses whole minutes typed into a field and checks them against the field's inclusive range. */
export function parseMinutes(text: string, range: { min: number; max: number }): FieldResult<number, NumberError> {
  const trimmed = asciiNumber(text.trim());
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  if (DECIMAL.test(trimmed)) {
    const n = Number(trimmed);
    // "30.0" is a whole number written with a decimal point; "2.5" is not.
    if (!Number.isInteger(n)) return { ok: false, error: { code: 'notWhole' } };
    return checkRange(n, range);
  }
  if (!INTEGER.test(trimmed)) return { ok: false, error: { code: 'notNumber' } };
  return checkRange(Number(trimmed), range);
}

function checkRange(n: number, range: { min: number; max: number }): FieldResult<number, NumberError> {
  if (n < range.min) return { ok: false, error: { code: 'tooLow', min: range.min } };
  if (n > range.max) return { ok: false, error: { code: 'tooHigh', max: range.max } };
  return { ok: true, value: n };
}

export function parseNumberField(field: NumberFieldName, text: string): FieldResult<number, NumberError> {
  return parseMinutes(text, LIMITS[field]);
}

/** The chime's volume from the slider's value (a percentage): refused, never clamped, outside 0–100. */
export function parseVolume(text: string): FieldResult<number, NumberError> {
  return parseMinutes(text, VOLUME);
}

/** Returns new settings with some sound fields changed; the input is left untouched. */
export function setSound(settings: Settings, change: Partial<Settings['sound']>): Settings {
  return { ...structuredClone(settings), sound: { ...settings.sound, ...change } };
}

/** Reads a numeric field's value from settings. */
export function getNumberField(settings: Settings, field: NumberFieldName): number {
  switch (field) {
    case 'postureIntervalMin':
      return settings.posture.intervalMin;
    case 'walkIntervalMin':
      return settings.walk.intervalMin;
    case 'walkLengthMin':
      return settings.walk.lengthMin;
    case 'snoozeMin':
      return settings.snoozeMin;
    case 'idleThresholdMin':
      return settings.idleThresholdMin;
  }
}

/** Returns new settings with one numeric field changed; the input is left untouched. */
export function setNumberField(settings: Settings, field: NumberFieldName, value: number): Settings {
  const next = structuredClone(settings);
  switch (field) {
    case 'postureIntervalMin':
      next.posture.intervalMin = value;
      break;
    case 'walkIntervalMin':
      next.walk.intervalMin = value;
      break;
    case 'walkLengthMin':
      next.walk.lengthMin = value;
      break;
    case 'snoozeMin':
      next.snoozeMin = value;
      break;
    case 'idleThresholdMin':
      next.idleThresholdMin = value;
      break;
  }
  return next;
}

export type TimeError = { code: 'emptyTime' } | { code: 'badTime' };

/** Parses the value of an `<input type="time">` ("HH:MM", seconds tolerated) into minutes after midnight. */
export function parseTime(text: string): FieldResult<MinuteOfDay, TimeError> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: { code: 'emptyTime' } };
  const m = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(trimmed);
  if (!m) return { ok: false, error: { code: 'badTime' } };
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (hours > 23 || minutes > 59) return { ok: false, error: { code: 'badTime' } };
  return { ok: true, value: hours * 60 + minutes };
}

/** Minutes after midnight as "HH:MM", the format of `<input type="time">`. */
export function formatTime(minute: MinuteOfDay): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export type WindowError = TimeError | { code: 'sameTime' };

export interface WindowErrors {
  start?: WindowError;
  end?: WindowError;
}

/**
 * Validates a day's window as typed. An end earlier than the start is allowed and means the window
 * crosses midnight; start equal to end is refused (it would be either an empty or a 24-hour window,
 * and the user cannot tell which one they get).
 */
export function parseDayWindow(
  enabled: boolean,
  startText: string,
  endText: string,
): { ok: true; value: DayWindow; crossesMidnight: boolean } | { ok: false; errors: WindowErrors } {
  const start = parseTime(startText);
  const end = parseTime(endText);
  if (!start.ok || !end.ok) {
    return { ok: false, errors: { start: start.ok ? undefined : start.error, end: end.ok ? undefined : end.error } };
  }
  if (start.value === end.value) return { ok: false, errors: { end: { code: 'sameTime' } } };
  return { ok: true, value: { enabled, start: start.value, end: end.value }, crossesMidnight: end.value < start.value };
}

/** Weekday indexes (0 = Sunday, as in Settings) in the order the page shows them: Monday first. */
export const WEEK_MONDAY_FIRST: readonly number[] = [1, 2, 3, 4, 5, 6, 0];

export function setDayWindow(settings: Settings, dayIndex: number, window: DayWindow): Settings {
  const next = structuredClone(settings);
  next.schedule.days[dayIndex] = { ...window };
  return next;
}
