/**
 * Files that import must refuse, each with the words its message must contain. Shared by the unit
 * test of parseBackup and the page test that uploads them.
 */
import { createBackup, serializeBackup } from '@/lib/history/backup';
import { startPlan } from '@/lib/plan/plan';
import { defaultSettings } from '@/lib/settings/model';
import { DAY, MIN, NOW, walk } from './fixtures';

type Json = Record<string, any>;

/** A valid backup as a plain object, different from what the tests seed. */
export function validBackup(): Json {
  const settings = defaultSettings();
  settings.walk.intervalMin = 90;
  const history = {
    version: 3 as const,
    walks: [
      {
        ...walk(NOW - 3 * DAY),
        checkIn: { at: NOW - 3 * DAY + 10 * MIN, feel: 'worse' as const, where: 'hip' as const },
      },
      walk(NOW - 4 * DAY, 2, false),
    ],
    postureChecks: [NOW - 3 * DAY],
    snoozes: [],
    skips: [],
    daily: [{ day: '2025-04-01', walkMin: 10, walks: 2, finishedWalks: 2, postureChecks: 4 }],
  };
  const plan = {
    ...startPlan(NOW - 20 * DAY, 6),
    pauses: [[NOW - 10 * DAY, NOW - 8 * DAY]] as Array<[number, number]>,
  };
  return JSON.parse(serializeBackup(createBackup(settings, history, NOW, plan)));
}

const edit = (change: (b: Json) => void): string => {
  const b = validBackup();
  change(b);
  return JSON.stringify(b);
};

const valid = () => JSON.stringify(validBackup(), null, 2);

export const BAD_BACKUPS: Array<[name: string, text: () => string, message: string]> = [
  ['malformed JSON', () => '{"format": "backstride-backup", version: 1}', 'the file is not valid JSON'],
  ['an empty file', () => '', 'the file is empty'],
  ['a file of blanks', () => ' \n\t ', 'the file is empty'],
  ['truncated JSON', () => valid().slice(0, 300), 'the file is not valid JSON'],
  ['an array instead of an object', () => JSON.stringify([validBackup()]), 'expected a JSON object'],
  ['a bare string', () => '"backstride-backup"', 'expected a JSON object'],
  ['null', () => 'null', 'expected a JSON object'],
  [
    'a foreign format',
    () => edit((b) => (b.format = 'other-extension-backup')),
    'this is not a Backstride backup file',
  ],
  ['no format marker', () => edit((b) => delete b.format), 'this is not a Backstride backup file'],
  ['a missing version', () => edit((b) => delete b.version), 'the backup has no version number'],
  ['a future version', () => edit((b) => (b.version = 3)), 'made by a newer Backstride (backup version 3)'],
  ['a version as text', () => edit((b) => (b.version = '1')), 'the backup version "1" is not valid'],
  ['a bad export date', () => edit((b) => (b.exportedAt = 'yesterday')), 'the export date is missing or not valid'],
  ['oversize (> 1 MB)', () => valid() + ' '.repeat(1_000_001), 'the file is too large'],
  ['no settings', () => edit((b) => delete b.settings), 'settings: missing or not an object'],
  [
    'a setting of the wrong type',
    () => edit((b) => (b.settings.posture.enabled = 'yes')),
    'posture.enabled: "yes" is not valid',
  ],
  ['a number as text', () => edit((b) => (b.settings.walk.intervalMin = '30')), 'walk.intervalMin: "30" is not valid'],
  [
    'an out-of-range interval',
    () => edit((b) => (b.settings.posture.intervalMin = 241)),
    'posture.intervalMin: 241 is not valid',
  ],
  ['an interval of 0', () => edit((b) => (b.settings.walk.lengthMin = 0)), 'walk.lengthMin: 0 is not valid'],
  ['a fractional interval', () => edit((b) => (b.settings.snoozeMin = 2.5)), 'snoozeMin: 2.5 is not valid'],
  [
    'an infinite interval (1e999)',
    () => edit((b) => (b.settings.idleThresholdMin = 7777)).replace('7777', '1e999'),
    'idleThresholdMin: null is not valid',
  ],
  ['a missing setting', () => edit((b) => delete b.settings.snoozeMin), 'snoozeMin: missing is not valid'],
  [
    'a bad schedule day',
    () => edit((b) => (b.settings.schedule.days[1].start = 1500)),
    'schedule.days[1].start: 1500 is not valid',
  ],
  ['six schedule days', () => edit((b) => b.settings.schedule.days.pop()), 'schedule.days: expected seven days'],
  [
    'a day starting when it ends',
    () => edit((b) => (b.settings.schedule.days[2].end = b.settings.schedule.days[2].start)),
    'schedule.days[2]: start and end are the same time',
  ],
  ['no history', () => edit((b) => delete b.history), 'history: missing or not an object'],
  [
    'a file nested 100,000 deep',
    () => `{"format":"backstride-backup","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    'the file nests its data far deeper than a Backstride backup does',
  ],
  [
    'a truncated file full of brackets',
    () => `{"format":"backstride-backup","history":${'['.repeat(10)}`,
    'the file is not valid JSON',
  ],
  ['walks not a list', () => edit((b) => (b.history.walks = { 0: b.history.walks[0] })), 'history.walks: not a list'],
  [
    'NaN-like minutes',
    () => edit((b) => (b.history.walks[0].actualMin = 'NaN')),
    'history.walks[0]: actualMin "NaN" is not a number of minutes',
  ],
  [
    'negative minutes',
    () => edit((b) => (b.history.walks[1].actualMin = -5)),
    'history.walks[1]: actualMin -5 is not a number of minutes',
  ],
  [
    'a walk in 1970',
    () => edit((b) => (b.history.walks[0].startedAt = 0)),
    'history.walks[0]: startedAt 0 is not a date between 2020 and now',
  ],
  [
    'a walk in the year 3000',
    () => edit((b) => (b.history.walks[0].endedAt = Date.UTC(3000, 0, 1))),
    'endedAt 32503680000000 is not a date between 2020 and now',
  ],
  [
    'actual minutes way over planned',
    () => edit((b) => Object.assign(b.history.walks[0], { actualMin: 55, endedAt: NOW - 3 * DAY + 55 * MIN })),
    'actualMin 55 is more than the planned 5 minutes',
  ],
  [
    'a walk that ends before it starts',
    () => edit((b) => (b.history.walks[0].endedAt = NOW - 5 * DAY)),
    'endedAt is before startedAt',
  ],
  [
    'the same walk twice',
    () => edit((b) => b.history.walks.push(b.history.walks[0])),
    'history.walks[2]: the same walk appears twice',
  ],
  [
    'a posture check that is text',
    () => edit((b) => (b.history.postureChecks[0] = 'today')),
    'history.postureChecks[0]: "today" is not a date',
  ],
  [
    'an impossible daily day',
    () => edit((b) => (b.history.daily[0].day = '2025-02-30')),
    'history.daily[0]: day "2025-02-30" is not a date',
  ],
  [
    'more finished walks than walks',
    () => edit((b) => (b.history.daily[0].finishedWalks = 3)),
    'finishedWalks 3 is not a count up to walks',
  ],
  [
    'a huge posture check list',
    () => edit((b) => (b.history.postureChecks = Array.from({ length: 20_001 }, (_, i) => NOW - i * 1000))),
    'history.postureChecks: 20001 entries, more than 20000',
  ],
  [
    'a duplicated key whose last value is bad',
    () => valid().replace('"version": 2,', '"version": 2, "version": 3,'),
    'made by a newer Backstride (backup version 3)',
  ],
  // Back check-ins travel in the history's walks.
  [
    'a check-in that is not an answer',
    () => edit((b) => (b.history.walks[0].checkIn.feel = 'awful')),
    'history.walks[0]: checkIn.feel "awful" is not better, same or worse',
  ],
  [
    'a check-in in an unknown place',
    () => edit((b) => (b.history.walks[0].checkIn.where = 'neck')),
    'history.walks[0]: checkIn.where "neck" is not lower-back, hip or leg',
  ],
  [
    'a check-in from the future',
    () => edit((b) => (b.history.walks[0].checkIn.at = NOW + 3 * DAY)),
    'history.walks[0]: checkIn.at 1750240800000 is not a date between 2020 and now',
  ],
  ['a check-in that is text', () => edit((b) => (b.history.walks[0].checkIn = 'worse')), 'checkIn is not an object'],
  [
    'more "Worse" days than walks',
    () => edit((b) => (b.history.daily[0].worse = 3)),
    'history.daily[0]: worse 3 is not a count up to walks',
  ],
  // The walking plan (backup version 2).
  [
    'a version 2 file without its plan',
    () => edit((b) => delete b.plan),
    'the walking plan is not valid: plan: missing',
  ],
  ['a plan that is text', () => edit((b) => (b.plan = 'on')), 'the walking plan is not valid: plan: not an object'],
  [
    'a plan starting at 11 minutes',
    () => edit((b) => (b.plan.startMin = 11)),
    'plan.startMin 11 is not a whole number from 5 to 10',
  ],
  [
    'a plan starting at 2.5 minutes',
    () => edit((b) => (b.plan.startMin = 2.5)),
    'plan.startMin 2.5 is not a whole number from 5 to 10',
  ],
  [
    'a plan started in the future',
    () => edit((b) => (b.plan.startedAt = NOW + 30 * DAY)),
    'plan.startedAt 1752573600000 is not a date between 2020 and now',
  ],
  ['a plan of an unknown version', () => edit((b) => (b.plan.version = 2)), 'plan.version 2 is not 1'],
  [
    'a plan paused before it started',
    () => edit((b) => (b.plan.pausedAt = NOW - 30 * DAY)),
    'plan: its pauses are out of order',
  ],
  [
    'a plan resumed before it was paused',
    () => edit((b) => (b.plan.pauses[0] = [NOW - 8 * DAY, NOW - 10 * DAY])),
    'plan: its pauses are out of order',
  ],
  ['plan pauses not a list', () => edit((b) => (b.plan.pauses = 'none')), 'plan.pauses: not a list of up to 200'],
  [
    'a plan paused at a time that is text',
    () => edit((b) => (b.plan.pausedAt = 'now')),
    'the walking plan is not valid: plan: "now" is not a date',
  ],
];
