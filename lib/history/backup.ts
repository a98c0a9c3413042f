/**
 * Export and import of settings, history and the walking plan as one versioned JSON file. Import is all
 * or nothing: the file is checked completely before anything changes, and no default ever fills in for
 * a bad field. Pure: no browser calls; the page turns error codes into localized messages.
 *
 * Versions: 1 held settings and history; 2 adds the walking plan (`plan`, null when none ran). A
 * version 1 file still imports: it migrates to a backup without a plan. Check-ins travel inside the
 * history (its walks' `checkIn`), checked by the history's import rules.
 */
import type { History } from './model';
import { parseHistory } from './parse';
import { parsePlan, type Plan } from '../plan/plan';
import type { Settings } from '../settings/model';
import { parseSettings } from '../settings/parse';
import { isRecord } from '../validate';

export const BACKUP_FORMAT = 'backstride-backup';
export const BACKUP_VERSION = 2;
/** 1 MB. A year of history is about 60 KB; anything this large is not one of ours. */
export const MAX_BACKUP_BYTES = 1_000_000;
/** Our files nest four deep (backup → history → walks → walk); anything far deeper is not one of ours. */
export const MAX_BACKUP_DEPTH = 16;

/**
 * Whether JSON text nests brackets deeper than `max`, found by one scan that skips strings: refused
 * before JSON.parse, which would recurse into it ("too much recursion" in Firefox).
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > max) return true;
    } else if (c === '}' || c === ']') depth--;
  }
  return false;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  settings: Settings;
  history: History;
  /** The walking plan's own facts, or null when none ran (version 1 files migrate to null). */
  plan: Plan | null;
}

export type BackupError =
  | { code: 'empty' }
  | { code: 'tooLarge'; bytes: number }
  | { code: 'syntax'; detail: string }
  | { code: 'tooDeep' }
  | { code: 'notObject' }
  | { code: 'foreign' }
  | { code: 'noVersion' }
  | { code: 'newerVersion'; version: number }
  | { code: 'badVersion'; detail: string }
  | { code: 'badExportedAt' }
  | { code: 'badSettings'; detail: string }
  | { code: 'badHistory'; detail: string }
  | { code: 'badPlan'; detail: string };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: BackupError };

export function createBackup(settings: Settings, history: History, now: number, plan: Plan | null = null): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings,
    history,
    plan,
  };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** "backstride-backup-2024-05-31.json" */
export function backupFileName(localDay: string): string {
  return `backstride-backup-${localDay}.json`;
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Checks a backup file's text completely. `now` bounds the dates the history may hold. */
export function parseBackup(text: string, now: number = Date.now()): ParsedBackup {
  const fail = (error: BackupError): ParsedBackup => ({ ok: false, error });
  // Characters are at most as many as UTF-8 bytes, so the cheap test runs first on huge input.
  if (text.length > MAX_BACKUP_BYTES) return fail({ code: 'tooLarge', bytes: utf8Bytes(text) });
  const bytes = utf8Bytes(text);
  if (bytes > MAX_BACKUP_BYTES) return fail({ code: 'tooLarge', bytes });
  if (text.trim() === '') return fail({ code: 'empty' });
  if (nestsDeeperThan(text, MAX_BACKUP_DEPTH)) return fail({ code: 'tooDeep' });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail({ code: 'syntax', detail: error instanceof Error ? error.message : String(error) });
  }
  if (!isRecord(raw)) return fail({ code: 'notObject' });
  if (raw.format !== BACKUP_FORMAT) return fail({ code: 'foreign' });
  if (!('version' in raw)) return fail({ code: 'noVersion' });
  const { version } = raw;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ code: 'badVersion', detail: JSON.stringify(version) ?? String(version) });
  }
  if (version > BACKUP_VERSION) return fail({ code: 'newerVersion', version });
  if (typeof raw.exportedAt !== 'string' || Number.isNaN(Date.parse(raw.exportedAt)))
    return fail({ code: 'badExportedAt' });

  if (!isRecord(raw.settings)) return fail({ code: 'badSettings', detail: 'settings: missing or not an object' });
  const settings = parseSettings(raw.settings);
  if (settings.problems.length) return fail({ code: 'badSettings', detail: settings.problems[0]! });

  if (!isRecord(raw.history)) return fail({ code: 'badHistory', detail: 'history: missing or not an object' });
  const history = parseHistory(raw.history, { now });
  if (history.problems.length) return fail({ code: 'badHistory', detail: history.problems[0]! });

  // Version 2 always names its plan (null for none); version 1 had none.
  let plan: Plan | null = null;
  if (version >= 2) {
    if (!('plan' in raw)) return fail({ code: 'badPlan', detail: 'plan: missing' });
    const parsed = parsePlan(raw.plan, { now });
    if (parsed.problem) return fail({ code: 'badPlan', detail: parsed.problem });
    plan = parsed.plan;
  }

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: raw.exportedAt,
      settings: settings.settings,
      history: history.history,
      plan,
    },
  };
}
