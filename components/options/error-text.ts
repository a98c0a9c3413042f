/**
 * Turns the pure modules' error codes into localized text. Every key is written out literally so the
 * locale test (tests/unit/i18n.test.ts) sees it.
 */
import type { BackupError } from '@/lib/history/backup';
import { t } from '@/lib/browser/i18n';
import type { NumberError, WindowError } from '@/lib/settings/form';
import type { SaveResult } from '@/lib/browser/stored';
import type { SyncStatus } from '@/lib/settings/sync';

export function numberErrorMessage(error: NumberError, range: { min: number; max: number }, text: string): string {
  const subs = [String(range.min), String(range.max), text.trim()];
  switch (error.code) {
    case 'empty':
      return t('optionsErrorEmpty', subs);
    case 'notNumber':
      return t('optionsErrorNotNumber', subs);
    case 'notWhole':
      return t('optionsErrorNotWhole', subs);
    case 'tooLow':
      return t('optionsErrorTooLow', subs);
    case 'tooHigh':
      return t('optionsErrorTooHigh', subs);
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

/** The status line after a save: "Saved" or "Not saved: …". */
export function saveStatus(result: SaveResult): { kind: 'ok' | 'error'; text: string } {
  return result.ok
    ? { kind: 'ok', text: t('optionsSaved') }
    : { kind: 'error', text: t('optionsSaveFailed', result.message) };
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

export function backupErrorMessage(error: BackupError): string {
  switch (error.code) {
    case 'empty':
      return t('optionsImportErrorEmpty');
    case 'tooLarge':
      return t('optionsImportErrorTooLarge', String(Math.ceil(error.bytes / 1000)));
    case 'syntax':
      // Some engines quote the offending text: keep the message short.
      return t('optionsImportErrorSyntax', error.detail.length > 120 ? `${error.detail.slice(0, 120)}…` : error.detail);
    case 'tooDeep':
      return t('optionsImportErrorTooDeep');
    case 'notObject':
      return t('optionsImportErrorNotObject');
    case 'foreign':
      return t('optionsImportErrorForeign');
    case 'noVersion':
      return t('optionsImportErrorNoVersion');
    case 'newerVersion':
      return t('optionsImportErrorNewer', String(error.version));
    case 'badVersion':
      return t('optionsImportErrorBadVersion', error.detail);
    case 'badExportedAt':
      return t('optionsImportErrorExportedAt');
    case 'badSettings':
      return t('optionsImportErrorSettings', error.detail);
    case 'badHistory':
      return t('optionsImportErrorHistory', error.detail);
    case 'badPlan':
      return t('optionsImportErrorPlan', error.detail);
  }
}
