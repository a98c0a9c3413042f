/**
 * "Worse" check-ins outlive compaction as a count per day (DailyTotal.worse): the walking plan's rules
 * need them for every day of a plan, long after the walks themselves have folded into totals.
 */
import { describe, expect, it } from 'vitest';
import { compactHistory, emptyHistory, mergeHistory, parseHistory, totalsByDay, type History } from '@/lib/history';

const ZONE = 'UTC';
const DAY = 86_400_000;
const MIN = 60_000;
const T0 = Date.UTC(2026, 0, 5, 9);

const walk = (at: number, feel?: 'better' | 'same' | 'worse') => ({
  startedAt: at,
  endedAt: at + 5 * MIN,
  plannedMin: 5,
  actualMin: 5,
  finished: true,
  ...(feel && { checkIn: { at: at + 6 * MIN, feel } }),
});

const history = (walks: ReturnType<typeof walk>[]): History => ({ ...emptyHistory(), walks });

describe('"Worse" in daily totals', () => {
  it('counts the day’s "Worse" check-ins, and leaves the field out when there are none', () => {
    const totals = totalsByDay(
      history([walk(T0, 'worse'), walk(T0 + 60 * MIN, 'worse'), walk(T0 + DAY, 'better')]),
      ZONE,
    );
    expect(totals.get('2026-01-05')?.worse).toBe(2);
    expect(totals.get('2026-01-06')).not.toHaveProperty('worse');
  });

  it('keeps them when walks fold into totals', () => {
    const compacted = compactHistory(history([walk(T0, 'worse'), walk(T0 + DAY, 'same')]), T0 + 40 * DAY, ZONE);
    expect(compacted.walks).toEqual([]);
    expect(compacted.daily.map((d) => [d.day, d.worse])).toEqual([
      ['2026-01-05', 1],
      ['2026-01-06', undefined],
    ]);
  });

  it('counts a folded day’s "Worse" in the totals the chart and the plan read', () => {
    const compacted = compactHistory(history([walk(T0, 'worse'), walk(T0 + 60 * MIN, 'worse')]), T0 + 40 * DAY, ZONE);
    expect(totalsByDay(compacted, ZONE).get('2026-01-05')?.worse).toBe(2);
  });

  it('reads them back, and refuses more "Worse" than walks', () => {
    const day = { day: '2026-01-05', walkMin: 10, walks: 2, finishedWalks: 2, postureChecks: 0 };
    expect(parseHistory({ ...emptyHistory(), daily: [{ ...day, worse: 2 }] }).history.daily[0]!.worse).toBe(2);
    expect(parseHistory({ ...emptyHistory(), daily: [day] }).history.daily[0]).not.toHaveProperty('worse');
    expect(parseHistory({ ...emptyHistory(), daily: [{ ...day, worse: 3 }] }).problems).toEqual([
      'history.daily[0]: worse 3 is not a count up to walks',
    ]);
    expect(parseHistory({ ...emptyHistory(), daily: [{ ...day, worse: -1 }] }).problems).toHaveLength(1);
  });

  it('merges a day held by both sides as the larger count, idempotently', () => {
    const a = compactHistory(history([walk(T0, 'worse')]), T0 + 40 * DAY, ZONE);
    const b = history([walk(T0, 'worse'), walk(T0 + 2 * MIN * 60, 'worse')]);
    const merged = mergeHistory(a, b, ZONE);
    expect(merged.daily[0]!.worse).toBe(2);
    expect(mergeHistory(merged, b, ZONE)).toEqual(merged);
  });
});
