import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { describeDays, describeSchedule, summarizeSchedule } from '@/lib/settings/summary';
import { formatMessage as format } from '@/lib/i18n/format';
import { formatMessage } from '../../support/fake-i18n';
import de from '@/assets/public/_locales/de/messages.json';
import ja from '@/assets/public/_locales/ja/messages.json';
import ar from '@/assets/public/_locales/ar/messages.json';

const msg = formatMessage as Parameters<typeof summarizeSchedule>[1];

function withSchedule(enabledDays: number[], start = 540, end = 1050, change?: (s: Settings) => void): Settings {
  const s = defaultSettings();
  s.schedule.enabled = true;
  s.schedule.days = s.schedule.days.map((_, i) => ({ enabled: enabledDays.includes(i), start, end }));
  change?.(s);
  return s;
}

describe('summarizeSchedule', () => {
  it.each<[string, Settings, string]>([
    ['the defaults', defaultSettings(), 'Always on (no schedule), posture every 30 min, walk every 60 min'],
    ['weekdays', withSchedule([1, 2, 3, 4, 5]), 'Weekdays 09:00–17:30, posture every 30 min, walk every 60 min'],
    [
      'every day',
      withSchedule([0, 1, 2, 3, 4, 5, 6]),
      'Every day 09:00–17:30, posture every 30 min, walk every 60 min',
    ],
    ['weekends', withSchedule([0, 6]), 'Weekends 09:00–17:30, posture every 30 min, walk every 60 min'],
    ['Mon, Wed, Fri', withSchedule([1, 3, 5]), 'Mon, Wed, Fri 09:00–17:30, posture every 30 min, walk every 60 min'],
    [
      'a run of days',
      withSchedule([1, 2, 3, 4, 6]),
      'Mon–Thu, Sat 09:00–17:30, posture every 30 min, walk every 60 min',
    ],
    [
      'Saturday to Monday',
      withSchedule([6, 0, 1]),
      'Mon, Sat, Sun 09:00–17:30, posture every 30 min, walk every 60 min',
    ],
    [
      'a night shift',
      withSchedule([1, 2, 3, 4, 5], 1320, 360),
      'Weekdays 22:00–06:00 (next day), posture every 30 min, walk every 60 min',
    ],
    [
      'different windows',
      withSchedule([1, 2, 3, 4, 5], 540, 1050, (s) => {
        s.schedule.days[5] = { enabled: true, start: 480, end: 720 };
      }),
      'Mon–Thu 09:00–17:30 and Fri 08:00–12:00, posture every 30 min, walk every 60 min',
    ],
    [
      'posture off',
      withSchedule([1, 2, 3, 4, 5], 540, 1050, (s) => void (s.posture.enabled = false)),
      'Weekdays 09:00–17:30, walk every 60 min',
    ],
    [
      'walk off',
      { ...defaultSettings(), walk: { enabled: false, intervalMin: 60, lengthMin: 5 } },
      'Always on (no schedule), posture every 30 min',
    ],
    [
      'both kinds off',
      {
        ...defaultSettings(),
        posture: { enabled: false, intervalMin: 30 },
        walk: { enabled: false, intervalMin: 60, lengthMin: 5 },
      },
      'All reminders are off',
    ],
    ['no day chosen', withSchedule([]), 'Schedule on, but no day chosen: no reminders'],
    [
      'other intervals',
      {
        ...defaultSettings(),
        posture: { enabled: true, intervalMin: 45 },
        walk: { enabled: true, intervalMin: 90, lengthMin: 5 },
      },
      'Always on (no schedule), posture every 45 min, walk every 90 min',
    ],
  ])('describes %s', (_, settings, expected) => {
    expect(summarizeSchedule(settings, msg)).toBe(expected);
  });
});

describe('describeSchedule (the welcome page’s working hours hint)', () => {
  it('says no day is chosen, rather than nothing, when the schedule has no day on', () => {
    const { schedule } = withSchedule([]);
    expect(describeSchedule(schedule, msg)).toBe('Schedule on, but no day chosen: no reminders');
    expect(describeSchedule(withSchedule([1, 2, 3, 4, 5]).schedule, msg)).toBe('Weekdays 09:00–17:30');
  });
});

describe('describeDays', () => {
  it.each<[number[], string]>([
    [[1], 'Mon'],
    [[1, 2], 'Mon, Tue'],
    [[2, 3, 4], 'Tue–Thu'],
    [[3, 4, 5, 6, 0], 'Wed–Sun'],
  ])('names %j as %s', (days, text) => {
    expect(describeDays(days, msg)).toBe(text);
  });
});

describe('lists in the language of the page (Intl.ListFormat, no separator of ours)', () => {
  const inLocale = (messages: Record<string, { message: string }>) =>
    ((key: string, subs?: string | string[]) => format(messages, key, subs)) as Parameters<typeof summarizeSchedule>[1];
  const differentWindows = withSchedule([1, 3, 5], 540, 1050, (s) => {
    s.schedule.days[2] = { enabled: true, start: 480, end: 720 };
    s.schedule.days[4] = { enabled: true, start: 480, end: 720 };
  });

  it.each<[string, Record<string, { message: string }>, string]>([
    ['de', de, 'Mo, Mi und Fr'],
    ['ja', ja, '月、水、金'],
    ['ar', ar, 'الاثنين والأربعاء والجمعة'],
  ])('%s names days its own way', (locale, messages, text) => {
    expect(describeDays([1, 3, 5], inLocale(messages), locale)).toBe(text);
  });

  it('joins the kinds and the windows the way German does', () => {
    expect(summarizeSchedule(differentWindows, inLocale(de), undefined, 'de')).toMatchInlineSnapshot(
      `"Mo, Mi und Fr 09:00–17:30 und Di und Do 08:00–12:00, Haltung alle 30 Min. und Spaziergang alle 60 Min."`,
    );
  });

  it('joins them the way Japanese does', () => {
    expect(summarizeSchedule(differentWindows, inLocale(ja), undefined, 'ja')).toMatchInlineSnapshot(
      `"月、水、金 09:00～17:30、火、木 08:00～12:00、姿勢チェックは30分ごと、散歩は60分ごと"`,
    );
  });
});
