/**
 * Turns the pure modules' error codes into localized text. Every key is written out literally so the
 * locale test (tests/unit/i18n.test.ts) sees it.
 */
import type { BackupError } from '@/lib/history/backup';
import { t } from '@/lib/browser/i18n';
import type { NumberError, WindowError } from '@/lib/settings/form';
import type { SaveResult } from '@/lib/settings/sync';

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

/** The status line after a save: "Saved", "Saved on this device; not synced: …" or "Not saved: …". */
export function saveStatus(result: SaveResult): { kind: 'ok' | 'warning' | 'error'; text: string } {
  if (!result.ok) return { kind: 'error', text: t('optionsSaveFailed', result.message) };
  if (result.synced) return { kind: 'ok', text: t('optionsSaved') };
  const reason =
    result.problem === 'quota'
      ? t('optionsSyncQuota')
      : result.problem === 'rate'
        ? t('optionsSyncRate')
        : t('optionsSyncOther', result.message);
  return { kind: 'warning', text: t('optionsSavedNotSynced', reason) };
}

export function backupErrorMessage(error: BackupError): string {
  switch (error.code) {
    case 'empty':
      return t('optionsImportErrorEmpty');
    case 'tooLarge':
      return t('optionsImportErrorTooLarge', String(Math.ceil(error.bytes / 1000)));
    case 'syntax':
      return t('optionsImportErrorSyntax', error.detail);
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
  }
}
