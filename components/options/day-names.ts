import { t } from '@/lib/browser/i18n';

/** A weekday's full name by index (0 = Sunday), each key written out for the locale test. */
export const dayName = (index: number): string =>
  [
    () => t('optionsDaySunday'),
    () => t('optionsDayMonday'),
    () => t('optionsDayTuesday'),
    () => t('optionsDayWednesday'),
    () => t('optionsDayThursday'),
    () => t('optionsDayFriday'),
    () => t('optionsDaySaturday'),
  ][index]!();
