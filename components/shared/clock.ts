import { formatNumber } from '@/lib/browser/i18n';

/**
 * The walk panel's light formatting (it is in the popup's first paint); the status line's times and
 * durations, which need Intl's calendar code, are in duration.ts and load after it.
 */

/**
 * "4:05": minutes and seconds of a countdown, in the UI's digits (Intl: "٤:٠٥" where the locale writes
 * Arabic-Indic digits). Digits and colon read left to right in a right-to-left page too.
 */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${formatNumber(Math.floor(total / 60))}:${formatNumber(total % 60, 2)}`;
}
