/** Shared builders for the history tests: a fixed clock and zone, walks and histories. */
import type { History, WalkEntry } from '@/lib/history/model';
import { DAY as DAY_MS, MINUTE } from '@/lib/time/units';

export const MIN = MINUTE;
export const DAY = DAY_MS;
export const TZ = 'Europe/Berlin';
/** 2025-06-15 12:00 in Berlin (UTC+2). */
export const NOW = Date.UTC(2025, 5, 15, 10, 0);

export const walk = (startedAt: number, actualMin = 5, finished = true, plannedMin = 5): WalkEntry => ({
  startedAt,
  endedAt: startedAt + Math.ceil(actualMin) * MIN,
  plannedMin,
  actualMin,
  finished,
});

export const history = (walks: WalkEntry[], postureChecks: number[] = []): History => ({
  version: 3,
  walks,
  postureChecks,
  snoozes: [],
  skips: [],
  daily: [],
});
