import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, defaultSettings, LIMITS } from '@/lib/settings/model';
import {
  formatTime,
  getNumberField,
  parseDayWindow,
  parseMinutes,
  parseNumberField,
  parseTime,
  parseVolume,
  setNumberField,
  setSound,
  type NumberFieldName,
} from '@/lib/settings/form';

const FIELDS = Object.keys(LIMITS) as NumberFieldName[];

describe('parseNumberField', () => {
  describe.each(FIELDS)('%s', (field) => {
    const { min, max } = LIMITS[field];
    it.each([String(min), String(max), String(Math.floor((min + max) / 2)), ` ${min} `, `${max}.0`])(
      'accepts %j',
      (text) => {
        expect(parseNumberField(field, text)).toEqual({ ok: true, value: Number(text) });
      },
    );
    it.each([
      ['', { code: 'empty' }],
      ['   ', { code: 'empty' }],
      ['abc', { code: 'notNumber' }],
      ['1e2', { code: 'notNumber' }],
      ['12abc', { code: 'notNumber' }],
      ['NaN', { code: 'notNumber' }],
      ['Infinity', { code: 'notNumber' }],
      ['2.5', { code: 'notWhole' }],
      [`${min}.5`, { code: 'notWhole' }],
      [String(min - 1), { code: 'tooLow', min }],
      ['0', { code: 'tooLow', min }],
      ['-5', { code: 'tooLow', min }],
      [String(max + 1), { code: 'tooHigh', max }],
      ['99999999999999999999', { code: 'tooHigh', max }],
    ])('refuses %j', (text, error) => {
      expect(parseNumberField(field, text)).toEqual({ ok: false, error });
    });
  });

  it('knows the ranges of the product description', () => {
    expect(parseMinutes('241', LIMITS.postureIntervalMin)).toEqual({ ok: false, error: { code: 'tooHigh', max: 240 } });
    expect(parseMinutes('4', LIMITS.postureIntervalMin)).toEqual({ ok: false, error: { code: 'tooLow', min: 5 } });
    expect(parseMinutes('481', LIMITS.walkIntervalMin).ok).toBe(false);
    expect(parseMinutes('14', LIMITS.walkIntervalMin).ok).toBe(false);
    expect(parseMinutes('61', LIMITS.walkLengthMin).ok).toBe(false);
  });
});

describe('parseMinutes in the scripts people type numbers in', () => {
  const range = LIMITS.postureIntervalMin;
  it.each([
    ['３０', 'full-width digits (a Japanese or Chinese input method)'],
    ['٣٠', 'Arabic-Indic digits'],
    ['۳۰', 'Persian digits'],
    ['＋３０', 'a full-width sign'],
    ['30,0', 'a decimal comma before a zero'],
    ['٣٠٫٠', 'the Arabic decimal separator'],
  ])('reads "%s" (%s) as 30', (text) => {
    expect(parseMinutes(text, range)).toEqual({ ok: true, value: 30 });
  });

  it('says a decimal comma is not whole minutes, as a decimal point is ("7,5" was "not a number")', () => {
    expect(parseMinutes('7,5', range)).toEqual({ ok: false, error: { code: 'notWhole' } });
    expect(parseMinutes('７．５', range)).toEqual({ ok: false, error: { code: 'notWhole' } });
  });

  it('keeps refusing what is no number of minutes', () => {
    for (const text of ['1,000', '3,0,0', 'three', '٣x', '1e2'])
      expect(parseMinutes(text, range), text).toEqual({ ok: false, error: { code: 'notNumber' } });
  });
});

describe('getNumberField / setNumberField', () => {
  it.each(FIELDS)('round-trips %s without touching the input', (field) => {
    const before = structuredClone(DEFAULT_SETTINGS);
    const next = setNumberField(before, field, LIMITS[field].max);
    expect(getNumberField(next, field)).toBe(LIMITS[field].max);
    expect(before).toEqual(DEFAULT_SETTINGS);
  });
});

describe('parseTime / formatTime', () => {
  it.each([
    ['00:00', 0],
    ['09:00', 540],
    ['17:30', 1050],
    ['23:59', 1439],
    ['08:15:00', 495],
  ])('reads %s as %i', (text, minutes) => {
    expect(parseTime(text)).toEqual({ ok: true, value: minutes });
    expect(formatTime(minutes)).toBe(text.slice(0, 5));
  });
  it.each([
    ['', 'emptyTime'],
    ['24:00', 'badTime'],
    ['12:60', 'badTime'],
    ['9:00', 'badTime'],
    ['noon', 'badTime'],
  ])('refuses %j', (text, code) => {
    expect(parseTime(text)).toEqual({ ok: false, error: { code } });
  });
});

describe('parseDayWindow', () => {
  it('accepts a day window', () => {
    expect(parseDayWindow(true, '09:00', '17:30')).toEqual({
      ok: true,
      value: { enabled: true, start: 540, end: 1050 },
      crossesMidnight: false,
    });
  });
  it('accepts an end before the start as crossing midnight', () => {
    expect(parseDayWindow(false, '22:00', '06:00')).toEqual({
      ok: true,
      value: { enabled: false, start: 1320, end: 360 },
      crossesMidnight: true,
    });
  });
  it('refuses start equal to end', () => {
    expect(parseDayWindow(true, '09:00', '09:00')).toEqual({ ok: false, errors: { end: { code: 'sameTime' } } });
  });
  it('reports each bad time', () => {
    expect(parseDayWindow(true, '', 'x')).toEqual({
      ok: false,
      errors: { start: { code: 'emptyTime' }, end: { code: 'badTime' } },
    });
  });
});

describe('parseVolume and setSound', () => {
  it.each([
    ['0', 0],
    ['60', 60],
    ['100', 100],
  ])('takes the volume %s', (text, value) => {
    expect(parseVolume(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['101', { code: 'tooHigh', max: 100 }],
    ['-10', { code: 'tooLow', min: 0 }],
    ['', { code: 'empty' }],
    ['loud', { code: 'notNumber' }],
  ])('refuses the volume %j, never clamps it', (text, error) => {
    expect(parseVolume(text)).toEqual({ ok: false, error });
  });

  it('changes only the sound fields asked for, leaving the input untouched', () => {
    const settings = defaultSettings();
    const next = setSound(settings, { volume: 30 });
    expect(next.sound).toEqual({ ...settings.sound, volume: 30 });
    expect(settings.sound.volume).toBe(60);
    expect({ ...next, sound: settings.sound }).toEqual(settings);
  });
});
