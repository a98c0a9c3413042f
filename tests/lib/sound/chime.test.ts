import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chimeCue, CHIME_FILE, shouldChime, type Chime } from '@/lib/sound/chime';
import { defaultSettings, type Settings } from '@/lib/settings/model';
import { CHIME_PATH, chimeWav, SAMPLE_RATE } from '../../../scripts/make-chime';
import { HOUR, MIN, schedule, T0, UTC } from '../reminders/helpers';

const entry = { startedAt: T0 - 5 * MIN, endedAt: T0, plannedMin: 5, actualMin: 5, finished: true };
const NOT_PAUSED = { pausedUntil: null, away: null };

function settingsWith(sound: Partial<Settings['sound']> = {}, patch: Partial<Settings> = {}): Settings {
  const d = defaultSettings();
  return { ...d, ...patch, sound: { ...d.sound, ...sound } };
}

describe('chimeCue: what a decision could be heard for', () => {
  it.each([
    ['a walk that ended and was logged', { ended: { end: 'finished' as const, entry }, effects: [] }, 'walk-end'],
    ['a walk finished early', { ended: { end: 'finish-now' as const, entry }, effects: [] }, 'walk-end'],
    ['a cancelled walk', { ended: { end: 'cancel' as const, entry: null }, effects: [] }, null],
    [
      'a walk finished under a minute (a cancel)',
      { ended: { end: 'finish-now' as const, entry: null }, effects: [] },
      null,
    ],
    [
      'a reminder shown',
      { ended: null, effects: [{ type: 'show' as const, kind: 'posture' as const, catchUp: false as const }] },
      'reminder',
    ],
    ['a reminder cleared', { ended: null, effects: [{ type: 'clear' as const, kind: 'walk' as const }] }, null],
    ['nothing', { ended: null, effects: [] }, null],
  ])('%s', (_what, decision, cue) => {
    expect(chimeCue(decision)).toBe(cue);
  });
});

describe('shouldChime', () => {
  const defaults = settingsWith();

  it('plays the walk-end chime by default, and no chime with reminders unless chosen', () => {
    expect(shouldChime('walk-end', defaults, NOT_PAUSED, T0, UTC)).toBe(true);
    expect(shouldChime('reminder', defaults, NOT_PAUSED, T0, UTC)).toBe(false);
    expect(shouldChime('reminder', settingsWith({ reminders: true }), NOT_PAUSED, T0, UTC)).toBe(true);
    expect(shouldChime('walk-end', settingsWith({ walkEnd: false }), NOT_PAUSED, T0, UTC)).toBe(false);
  });

  it.each<Chime>(['walk-end', 'reminder'])('plays no %s chime at volume 0', (cue) => {
    expect(shouldChime(cue, settingsWith({ reminders: true, volume: 0 }), NOT_PAUSED, T0, UTC)).toBe(false);
  });

  it.each<Chime>(['walk-end', 'reminder'])('plays no %s chime while reminders are paused', (cue) => {
    const on = settingsWith({ reminders: true });
    expect(shouldChime(cue, on, { pausedUntil: T0 + HOUR, away: null }, T0, UTC)).toBe(false);
    // Once the pause is over, it plays again.
    expect(shouldChime(cue, on, { pausedUntil: T0 - 1, away: null }, T0, UTC)).toBe(true);
  });

  it.each<Chime>(['walk-end', 'reminder'])('plays no %s chime outside the working hours', (cue) => {
    // T0 is a Monday, 10:00 UTC.
    const on = settingsWith({ reminders: true }, { schedule: schedule({ 1: '12:00-17:00' }) });
    expect(shouldChime(cue, on, NOT_PAUSED, T0, UTC)).toBe(false);
    expect(shouldChime(cue, on, NOT_PAUSED, T0 + 3 * HOUR, UTC)).toBe(true);
    // The same hours in another zone: 10:00 UTC is 19:00 in Tokyo.
    expect(shouldChime(cue, on, NOT_PAUSED, T0 + 3 * HOUR, 'Asia/Tokyo')).toBe(false);
  });

  it('plays no reminder chime while the user is away, but the walk-end chime all the same', () => {
    const on = settingsWith({ reminders: true });
    for (const state of ['idle', 'locked'] as const) {
      const away = { pausedUntil: null, away: { since: T0 - 10 * MIN, state } };
      expect(shouldChime('reminder', on, away, T0, UTC)).toBe(false);
      // A walk is time away from the screen: the chime is what calls the user back.
      expect(shouldChime('walk-end', on, away, T0, UTC)).toBe(true);
    }
  });
});

describe('the chime file', () => {
  const committed = readFileSync(CHIME_PATH);

  it('is exactly what scripts/make-chime.ts makes', () => {
    expect(Buffer.compare(committed, chimeWav())).toBe(0);
  });

  it('is a short mono 16-bit PCM WAV under 20 KB', () => {
    expect(committed.length).toBeLessThanOrEqual(20 * 1024);
    expect(committed.toString('ascii', 0, 4)).toBe('RIFF');
    expect(committed.toString('ascii', 8, 12)).toBe('WAVE');
    expect(committed.readUInt16LE(20)).toBe(1); // PCM
    expect(committed.readUInt16LE(22)).toBe(1); // mono
    expect(committed.readUInt32LE(24)).toBe(SAMPLE_RATE);
    expect(committed.readUInt16LE(34)).toBe(16);
    const seconds = committed.readUInt32LE(40) / 2 / SAMPLE_RATE;
    expect(seconds).toBeGreaterThan(0.3);
    expect(seconds).toBeLessThan(1.5);
  });

  it('starts and ends on silence (no click), and is soft: peak at half of full scale', () => {
    const samples = new Int16Array(
      committed.buffer.slice(committed.byteOffset + 44, committed.byteOffset + committed.length),
    );
    expect(Math.abs(samples[0]!)).toBe(0);
    expect(Math.max(...samples.slice(-20).map(Math.abs))).toBeLessThan(50);
    expect(Math.max(...samples.map(Math.abs))).toBeLessThanOrEqual(Math.round(0.5 * 32767));
  });

  it('is where the extension looks for it (public folder, offscreen page)', () => {
    expect(CHIME_PATH).toBe(`assets/public${CHIME_FILE}`);
    expect(readFileSync('assets/offscreen/offscreen.js', 'utf8')).toContain(`'${CHIME_FILE}'`);
  });
});
