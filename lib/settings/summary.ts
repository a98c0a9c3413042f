/**
 * The schedule at a glance: "Weekdays 09:00–17:30, posture every 30 min, walk every 60 min".
 * Pure: the message lookup, the clock and the locale are injected (t() in the page, the fake i18n in
 * tests). Lists are joined by Intl.ListFormat in the page's locale, never by a separator written here:
 * each language has its own ("Mo., Mi. und Fr.", "月、水、金", "الاثنين والأربعاء والجمعة").
 */
import type { MessageKey } from '../browser/i18n';
import { formatTime, WEEK_MONDAY_FIRST } from './form';
import type { DayWindow, Settings } from './model';

export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** Short weekday names by index (0 = Sunday). */
const SHORT_DAY_KEYS: readonly MessageKey[] = [
  'optionsDayShortSun',
  'optionsDayShortMon',
  'optionsDayShortTue',
  'optionsDayShortWed',
  'optionsDayShortThu',
  'optionsDayShortFri',
  'optionsDayShortSat',
];

/** `items` as the locale lists them: `narrow` a tight list (English commas only), `long` with "and". */
function list(items: string[], locale: string | undefined, style: 'narrow' | 'long'): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style }).format(items);
}

const sameDays = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((d, i) => d === b[i]);

/** Names a set of weekdays (given Monday first): "Every day", "Weekdays", "Weekends", "Mon–Thu, Sat". */
export function describeDays(days: readonly number[], msg: Translate, locale?: string): string {
  if (days.length === 7) return msg('optionsSummaryEveryDay');
  if (sameDays(days, [1, 2, 3, 4, 5])) return msg('optionsSummaryWeekdays');
  if (sameDays(days, [6, 0])) return msg('optionsSummaryWeekends');
  // Runs of three or more neighbouring days read better as a range.
  const positions = days.map((d) => WEEK_MONDAY_FIRST.indexOf(d));
  const parts: string[] = [];
  for (let i = 0; i < positions.length;) {
    let j = i;
    while (j + 1 < positions.length && positions[j + 1] === positions[j]! + 1) j++;
    const name = (k: number) => msg(SHORT_DAY_KEYS[days[k]!]!);
    if (j - i >= 2) parts.push(msg('optionsSummaryDayRange', [name(i), name(j)]));
    else for (let k = i; k <= j; k++) parts.push(name(k));
    i = j + 1;
  }
  return list(parts, locale, 'narrow');
}

/** Writes a minute of the day as a clock time; the page passes the user's locale format. */
export type FormatMinute = (minute: number) => string;

function describeWindow(window: DayWindow, msg: Translate, clock: FormatMinute): string {
  const start = clock(window.start);
  const end = clock(window.end);
  return window.end < window.start
    ? msg('optionsSummaryWindowOvernight', [start, end])
    : msg('optionsSummaryWindow', [start, end]);
}

/** When reminders run: "Always on (no schedule)", or days and windows grouped by identical window. */
export function describeSchedule(
  schedule: Settings['schedule'],
  msg: Translate,
  clock: FormatMinute = formatTime,
  locale?: string,
): string {
  if (!schedule.enabled) return msg('optionsSummaryAlways');
  const groups = new Map<string, { window: DayWindow; days: number[] }>();
  for (const day of WEEK_MONDAY_FIRST) {
    const window = schedule.days[day];
    if (!window?.enabled) continue;
    const key = `${window.start}-${window.end}`;
    const group = groups.get(key) ?? { window, days: [] };
    group.days.push(day);
    groups.set(key, group);
  }
  if (!groups.size) return msg('optionsSummaryNoDays');
  // Days with different windows: "Mon–Thu 09:00–17:30 and Fri 08:00–12:00".
  const described = [...groups.values()].map((g) =>
    msg('optionsSummaryDaysAndWindow', [describeDays(g.days, msg, locale), describeWindow(g.window, msg, clock)]),
  );
  return list(described, locale, 'long');
}

/** Writes a whole number as the page's locale does ("1.000" in German). */
export type FormatNumber = (n: number) => string;

export function summarizeSchedule(
  settings: Settings,
  msg: Translate,
  clock: FormatMinute = formatTime,
  locale?: string,
  number: FormatNumber = String,
): string {
  const kinds: string[] = [];
  if (settings.posture.enabled) kinds.push(msg('optionsSummaryPosture', number(settings.posture.intervalMin)));
  if (settings.walk.enabled) kinds.push(msg('optionsSummaryWalk', number(settings.walk.intervalMin)));
  if (!kinds.length) return msg('optionsSummaryAllOff');
  // A schedule with no day chosen means no reminders at all; listing intervals would contradict it.
  if (settings.schedule.enabled && !settings.schedule.days.some((d) => d.enabled)) return msg('optionsSummaryNoDays');
  return list([describeSchedule(settings.schedule, msg, clock, locale), ...kinds], locale, 'narrow');
}
