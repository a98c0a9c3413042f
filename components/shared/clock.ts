/**
 * The walk panel's light formatting (it is in the popup's first paint); the status line's times and
 * durations, which need Intl's calendar code, are in duration.ts and load after it.
 */

/** A value never breaks across lines ("11 h / 25 min"): its spaces become no-break spaces. */
export const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');

/** "4:05": minutes and seconds of a countdown. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
