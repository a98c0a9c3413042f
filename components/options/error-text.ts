/**
 * Turns the pure modules' error codes into localized text. Every key is written out literally so the
 * locale test (tests/unit/i18n.test.ts) sees it.
 */
import type { BackupError } from '@/lib/history/backup';
import { formatNumber, t, tPlural } from '@/lib/browser/i18n';
import type { NumberError, WindowError } from '@/lib/settings/form';
import type { SaveResult } from '@/lib/browser/stored';
import type { SyncStatus } from '@/lib/settings/sync';
import { dayName } from './day-names';

export function numberErrorMessage(error: NumberError, range: { min: number; max: number }, text: string): string {
  const subs = [formatNumber(range.min), formatNumber(range.max), text.trim()];
  switch (error.code) {
    case 'empty':
      return t('optionsErrorEmpty', subs);
    case 'notNumber':
      return t('optionsErrorNotNumber', subs);
    case 'notWhole':
      return t('optionsErrorNotWhole', subs);
    case 'tooLow':
      return tPlural('optionsErrorTooLow', range.min);
    case 'tooHigh':
      return tPlural('optionsErrorTooHigh', range.max);
  }
}

export function windowErrorMessage(error: WindowError): string {
  switch (error.code) {
    case 'emptyTime':
      return t('optionsTimeEmpty');
    case 'badTime':
      return t('optionsTimeBad');
    case 'sameTime':
      return t('optionsTimeSame');
  }
}

/** Why the synced copy is behind ("Saved on this device; not synced yet: …"), or '' when it is not. */
export function syncStatusText(status: SyncStatus | null): string {
  if (!status) return '';
  const reason =
    status.problem === 'quota'
      ? t('optionsSyncQuota')
      : status.problem === 'rate'
        ? t('optionsSyncRate')
        : t('optionsSyncOther', status.message);
  return t('optionsSavedNotSynced', reason);
}

/** The settings a backup can hold, by their path in it, with the label this page gives each. */
const SETTING_LABELS: Record<string, () => string> = {
  'posture.enabled': () => t('optionsPostureEnabled'),
  'posture.intervalMin': () => t('optionsPostureInterval'),
  'walk.enabled': () => t('optionsWalkEnabled'),
  'walk.intervalMin': () => t('optionsWalkInterval'),
  'walk.lengthMin': () => t('optionsWalkLength'),
  snoozeMin: () => t('optionsSnooze'),
  idleThresholdMin: () => t('optionsIdle'),
  'schedule.enabled': () => t('optionsScheduleEnabled'),
  notificationButtons: () => t('optionsNotificationButtons'),
};

/**
 * A settings problem of lib/settings/parse.ts ("posture.intervalMin: 3 is not valid") in the words of
 * this page: the setting's own label, never its field name or the raw value.
 */
export function settingsProblemText(problem: string): string {
  const path = problem.slice(0, Math.max(0, problem.indexOf(':')));
  const day = /^schedule\.days\[(\d)\]/.exec(path);
  if (day) return t('optionsImportProblemDay', dayName(Number(day[1])));
  if (path === 'schedule.days') return t('optionsImportProblemDays');
  const label = SETTING_LABELS[path];
  return label ? t('optionsImportProblemSetting', label()) : t('optionsImportProblemSettings');
}

/**
 * A history problem of lib/history/parse.ts ("history.walks[3]: startedAt 1718… is not a date
 * between 2020 and now") in plain words: which entry (counted from 1), never a field name or a raw
 * timestamp.
 */
export function historyProblemText(problem: string): string {
  const m = /^history\.(\w+)(?:\[(\d+)\])?: (.*)$/.exec(problem);
  if (!m) return t('optionsImportProblemHistory');
  const [, list, index, what] = m as unknown as [string, string, string | undefined, string];
  if (index === undefined)
    return /more than/.test(what) ? t('optionsImportProblemTooMany') : t('optionsImportProblemHistory');
  if (/twice/.test(what)) return t('optionsImportProblemTwice');
  const n = formatNumber(Number(index) + 1);
  switch (list) {
    case 'walks':
      return /between 2020/.test(what) ? t('optionsImportProblemWalkDate', n) : t('optionsImportProblemWalk', n);
    case 'postureChecks':
      return t('optionsImportProblemPostureCheck', n);
    case 'snoozes':
      return t('optionsImportProblemSnooze', n);
    case 'skips':
      return t('optionsImportProblemSkip', n);
    case 'daily':
      return t('optionsImportProblemDaily', n);
    default:
      return t('optionsImportProblemHistory');
  }
}

export function backupErrorMessage(error: BackupError): string {
  switch (error.code) {
    case 'empty':
      return t('optionsImportErrorEmpty');
    case 'tooLarge':
      return t('optionsImportErrorTooLarge', formatNumber(Math.ceil(error.bytes / 1000)));
    case 'syntax':
      // The engine's own words ("Unexpected token } in JSON at position 12") help no one here.
      return t('optionsImportErrorSyntax');
    case 'tooDeep':
      return t('optionsImportErrorTooDeep');
    case 'notObject':
      return t('optionsImportErrorNotObject');
    case 'foreign':
      return t('optionsImportErrorForeign');
    case 'noVersion':
      return t('optionsImportErrorNoVersion');
    case 'newerVersion':
      return t('optionsImportErrorNewer', formatNumber(error.version));
    case 'badVersion':
      return t('optionsImportErrorBadVersion');
    case 'badExportedAt':
      return t('optionsImportErrorExportedAt');
    case 'badSettings':
      return settingsProblemText(error.detail);
    case 'badHistory':
      return historyProblemText(error.detail);
    case 'badPlan':
      console.warn('Backstride: the backup’s walking plan was refused:', error.detail);
      return t('optionsImportErrorPlan');
  }
}

/** The status line after a save on a page without save notes (the welcome page): "Saved" or "Not saved: …". */
export function saveStatus(result: SaveResult): { kind: 'ok' | 'error'; text: string } {
  return result.ok
    ? { kind: 'ok', text: t('optionsSaved') }
    : { kind: 'error', text: t('optionsSaveFailed', result.message) };
}
