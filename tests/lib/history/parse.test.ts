import { describe, expect, it } from 'vitest';
import { emptyHistory, type History, type WalkEntry } from '@/lib/history/model';
import { parseHistory } from '@/lib/history/parse';
import { DAY, history, MIN, NOW, TZ, walk } from './fixtures';

describe('parseHistory', () => {
  it('accepts a valid history and sorts it', () => {
    const raw = history([walk(NOW - MIN * 30), walk(NOW - DAY)], [NOW, NOW - DAY]);
    const { history: h, problems } = parseHistory(raw, { now: NOW });
    expect(problems).toEqual([]);
    expect(h.walks.map((w) => w.startedAt)).toEqual([NOW - DAY, NOW - MIN * 30]);
    expect(h.postureChecks).toEqual([NOW - DAY, NOW]);
  });

  it('sorts daily totals by day, oldest first', () => {
    const day = (d: string) => ({ day: d, walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0 });
    const raw = { ...emptyHistory(), daily: [day('2024-02-03'), day('2023-12-31'), day('2024-01-10')] };
    const { history: h, problems } = parseHistory(raw, { now: NOW });
    expect(problems).toEqual([]);
    expect(h.daily.map((d) => d.day)).toEqual(['2023-12-31', '2024-01-10', '2024-02-03']);
  });

  it('accepts an imported day up to a day ahead of the clock (zones), and refuses one a millisecond later', () => {
    const day = { day: '2025-03-10', walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0 };
    const midnight = Date.UTC(2025, 2, 10);
    const read = (now: number) => parseHistory({ ...emptyHistory(), daily: [day] }, { now }).problems;
    expect(read(midnight - DAY)).toEqual([]);
    expect(read(midnight - DAY - 1)).toEqual(['history.daily[0]: day "2025-03-10" is not a date between 2020 and now']);
  });

  it('reads a v1 history (no daily totals)', () => {
    expect(parseHistory({ version: 1, walks: [], postureChecks: [] }, { now: NOW })).toEqual({
      history: emptyHistory(),
      problems: [],
    });
  });

  it.each([
    ['not an object', 'x'],
    ['in 1970 (an import)', { ...walk(0) }],
    ['in the year 3000 (an import)', walk(Date.UTC(3000, 0, 1))],
    ['NaN minutes', { ...walk(NOW - DAY), actualMin: Number.NaN }],
    ['negative minutes', { ...walk(NOW - DAY), actualMin: -3 }],
    ['actual way over planned', { ...walk(NOW - DAY, 5), actualMin: 50, endedAt: NOW - DAY + 50 * MIN }],
    ['planned 0', { ...walk(NOW - DAY), plannedMin: 0 }],
    ['planned as a string', { ...walk(NOW - DAY), plannedMin: '5' }],
    ['ending before it started', { ...walk(NOW - DAY), endedAt: NOW - 2 * DAY }],
    // Half a minute "before": the minutes-versus-duration rule alone would let this one through.
    ['ending just before it started', { ...walk(NOW - DAY), endedAt: NOW - DAY - 30_000, actualMin: 0 }],
    ['finished not boolean', { ...walk(NOW - DAY), finished: 'yes' }],
    ['longer than it lasted', { ...walk(NOW - DAY, 5), endedAt: NOW - DAY + MIN }],
  ])('drops and reports a walk %s', (_, bad) => {
    const good = walk(NOW - 3 * DAY);
    const { history: h, problems } = parseHistory(history([good, bad as WalkEntry]), { now: NOW });
    expect(h.walks).toEqual([good]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^history\.walks\[1\]: /);
  });

  it('keeps the same walk once', () => {
    const { history: h, problems } = parseHistory(history([walk(NOW - DAY), walk(NOW - DAY)]), { now: NOW });
    expect(h.walks).toHaveLength(1);
    expect(problems).toEqual(['history.walks[1]: the same walk appears twice']);
  });

  it('drops bad posture checks and bad daily totals', () => {
    const raw = {
      version: 2,
      walks: [],
      postureChecks: [NOW, 'soon', -1, NOW],
      daily: [
        { day: '2025-01-01', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 },
        { day: '2025-02-30', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 },
        { day: '2025-01-02', walkMin: 10, walks: 1, finishedWalks: 2, postureChecks: 3 },
        { day: '2025-01-01', walkMin: 10, walks: 2, finishedWalks: 1, postureChecks: 3 },
      ],
    };
    const { history: h, problems } = parseHistory(raw, { now: NOW });
    expect(h.postureChecks).toEqual([NOW]);
    expect(h.daily.map((d) => d.day)).toEqual(['2025-01-01']);
    expect(problems).toHaveLength(6);
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [undefined, null, 3, [], { walks: 'x', postureChecks: {}, daily: 7 }, { version: 9 }]) {
      expect(() => parseHistory(raw, { now: NOW })).not.toThrow();
    }
    expect(parseHistory({ walks: 'x' }, { now: NOW }).problems).toContain('history.walks: not a list');
  });

  it('caps huge lists and reports it', () => {
    const checks = Array.from({ length: 20_001 }, (_, i) => NOW - i * 1000);
    const { history: h, problems } = parseHistory(
      { version: 2, walks: [], postureChecks: checks, daily: [] },
      { now: NOW },
    );
    expect(h.postureChecks).toHaveLength(20_000);
    expect(problems[0]).toContain('more than 20000');
  });
});

describe('parseHistory: what is stored (no clock)', () => {
  it('keeps entries dated after the clock: a clock behind by days never deletes history', () => {
    const future = NOW + 3 * DAY;
    const raw = history([walk(future)], [future]);
    raw.daily = [{ day: '2025-06-20', walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0 }];
    const { history: h, problems } = parseHistory(raw);
    expect(problems).toEqual([]);
    expect(h).toEqual(raw);
  });

  it('keeps a walk that was paused for more than a day before it ended', () => {
    const long = { ...walk(NOW - 3 * DAY, 4, false), endedAt: NOW - DAY };
    expect(parseHistory(history([long])).history.walks).toEqual([long]);
  });

  it.each([
    ['version 1: no daily totals', { version: 1, walks: [walk(NOW)], postureChecks: [NOW] }, 0],
    [
      'version 2 with daily totals',
      {
        version: 2,
        walks: [walk(NOW)],
        postureChecks: [NOW],
        daily: [{ day: '2025-01-01', walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0 }],
      },
      1,
    ],
    [
      'no version mark at all, with daily totals (the marker was lost)',
      {
        walks: [walk(NOW)],
        postureChecks: [NOW],
        daily: [{ day: '2025-01-01', walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0 }],
      },
      1,
    ],
  ])('migrates by the value’s own version: %s', (_name, raw, days) => {
    const { history: h, problems } = parseHistory(raw);
    expect(problems).toEqual([]);
    expect(h.version).toBe(3);
    expect(h.walks).toEqual([walk(NOW)]);
    expect(h.daily).toHaveLength(days);
  });

  it('reads version 3: check-ins after walks, snoozes and skips', () => {
    const raw = {
      ...history([{ ...walk(NOW), checkIn: { at: NOW + 6 * MIN, feel: 'worse', where: 'hip' } }]),
      snoozes: [NOW - MIN],
      skips: [NOW - 2 * MIN],
      daily: [{ day: '2025-01-01', walkMin: 5, walks: 1, finishedWalks: 1, postureChecks: 0, snoozes: 2, skips: 1 }],
    };
    expect(parseHistory(raw)).toEqual({ history: raw, problems: [] });
  });

  it.each([
    ['an unknown feeling', { at: NOW, feel: 'great' }],
    ['an unknown place', { at: NOW, feel: 'worse', where: 'knee' }],
    ['no time', { feel: 'same' }],
  ])('drops a walk whose check-in has %s', (_name, checkIn) => {
    const { history: h, problems } = parseHistory(history([{ ...walk(NOW), checkIn } as WalkEntry]));
    expect(h.walks).toEqual([]);
    expect(problems[0]).toMatch(/^history\.walks\[0\]: checkIn/);
  });

  it('still drops what has no shape', () => {
    const { history: h, problems } = parseHistory(history([walk(NOW), 'junk' as unknown as WalkEntry]));
    expect(h.walks).toEqual([walk(NOW)]);
    expect(problems).toHaveLength(1);
  });
});
