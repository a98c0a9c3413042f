import { readGlanceSettings } from '@/lib/settings/glance';
import { defaultSettings } from '@/lib/settings/model';
import { parseSettings } from '@/lib/settings/parse';

const withDays = (days: unknown) => ({ ...defaultSettings(), schedule: { enabled: true, days } });
const week = () => defaultSettings().schedule.days;

describe('readGlanceSettings', () => {
  it.each([
    ['valid settings', { ...defaultSettings(), walk: { enabled: false, intervalMin: 60, lengthMin: 12 } }],
    ['nothing stored', null],
    ['a string', 'garbage'],
    ['a walk length out of range', { ...defaultSettings(), walk: { enabled: true, intervalMin: 60, lengthMin: 61 } }],
    ['a text switch', { ...defaultSettings(), posture: { enabled: 'yes', intervalMin: 30 } }],
    ['a schedule that is on', withDays(week().map((d, i) => ({ ...d, enabled: i === 6 || i === 0 })))],
    ['a schedule that is a list', { ...defaultSettings(), schedule: [] }],
    ['six days', withDays(week().slice(1))],
    ['a day that is not an object', withDays(week().map((d, i) => (i === 2 ? 'x' : d)))],
    ['a day with a bad start', withDays(week().map((d, i) => (i === 3 ? { ...d, start: 1440 } : d)))],
    ['a day from midnight to 23:59', withDays(week().map((d, i) => (i === 1 ? { ...d, start: 0, end: 1439 } : d)))],
    ['a day from 23:59 to midnight', withDays(week().map((d, i) => (i === 2 ? { ...d, start: 1439, end: 0 } : d)))],
    [
      'a day that is a list with the fields of a day',
      withDays(week().map((d, i) => (i === 3 ? Object.assign([], { enabled: true, start: 600, end: 700 }) : d))),
    ],
    ['a day that ends when it starts', withDays(week().map((d, i) => (i === 4 ? { ...d, end: d.start } : d)))],
    ['a day with a text switch', withDays(week().map((d, i) => (i === 5 ? { ...d, enabled: 1 } : d)))],
    ['a schedule switch that is text', { ...defaultSettings(), schedule: { enabled: 'on', days: week() } }],
  ])('reads %s exactly as parseSettings does for the fields the popup shows', (_what, raw) => {
    const full = parseSettings(raw).settings;
    expect(readGlanceSettings(raw)).toEqual({
      posture: { enabled: full.posture.enabled },
      walk: { enabled: full.walk.enabled, lengthMin: full.walk.lengthMin },
      schedule: full.schedule,
    });
  });
});
