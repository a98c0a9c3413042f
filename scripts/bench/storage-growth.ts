/**
 * Storage growth: what storage.local and storage.sync hold after a simulated year of typical use
 * (8 walks and 16 answered posture checks a day, every day), written the way the background writes
 * it: lib/history.ts's addWalk / addPostureCheck, then compactHistory after every write.
 *
 * Bytes are counted as Chrome's getBytesInUse does: each key's length plus the length of its value as
 * JSON (UTF-8). Keys are those of lib/storage.ts and lib/history-store.ts (WXT's `local:` / `sync:`
 * prefixes name the area); WXT adds a `<key>$` metadata entry for versioned items with migrations
 * (the history's `{ v: 2 }`).
 */
import { exerciseForToday, type RotationState } from '@/lib/content/rotation.ts';
import {
  addPostureCheck,
  addWalk,
  compactHistory,
  emptyHistory,
  localDay,
  type History,
} from '@/lib/history/history.ts';
import { initialReminderState } from '@/lib/reminders/index.ts';
import { defaultSettings } from '@/lib/settings/model.ts';

const MIN = 60_000;
const DAY = 86_400_000;

export interface StorageResult {
  days: number;
  local: { bytes: number; keys: Record<string, number> };
  sync: { bytes: number; keys: Record<string, number> };
  history: { walks: number; postureChecks: number; dailyTotals: number };
}

const utf8 = (s: string) => new TextEncoder().encode(s).length;

function areaBytes(area: Record<string, unknown>): { bytes: number; keys: Record<string, number> } {
  const keys: Record<string, number> = {};
  for (const [key, value] of Object.entries(area)) keys[key] = utf8(key) + utf8(JSON.stringify(value));
  return { bytes: Object.values(keys).reduce((a, b) => a + b, 0), keys };
}

/** A deterministic pseudo-random source (mulberry32), so every run stores the same bytes. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function simulateYear(options: { start: number; days: number; timeZone: string }): StorageResult {
  const { start, days, timeZone } = options;
  const random = seeded(6);
  const settings = defaultSettings();
  let history: History = emptyHistory();
  let rotation: RotationState | null = null;
  const jitter = () => Math.round(random() * 90_000);
  let now = start;
  for (let d = 0; d < days; d++) {
    const morning = start + d * DAY;
    rotation = exerciseForToday(rotation, localDay(morning, timeZone), random).state;
    // The working day: a posture check every half hour, a walk every hour (the default intervals).
    for (let slot = 1; slot <= 16; slot++) {
      const at = morning + slot * 30 * MIN + jitter();
      now = at;
      history = compactHistory(addPostureCheck(history, at), now, timeZone);
      if (slot % 2 === 0) {
        const startedAt = at + 20_000;
        // Most walks run out the 5 minutes; one in four ends a little early.
        const finished = slot % 8 !== 0;
        const actualMin = finished ? 5 : Math.round((3 + random() * 2) * 10) / 10;
        const endedAt = startedAt + actualMin * MIN;
        now = endedAt;
        history = compactHistory(
          addWalk(history, { startedAt, endedAt, plannedMin: 5, actualMin, finished }),
          now,
          timeZone,
        );
      }
    }
  }
  const reminderState = initialReminderState(settings, now, timeZone);
  const local = {
    settings,
    reminderState,
    walkTimer: null,
    history,
    history$: { v: 2 },
    exerciseRotation: rotation,
  };
  // The options page writes the settings to sync too (carried to the user's other browsers).
  const sync = { settings };
  return {
    days,
    local: areaBytes(local),
    sync: areaBytes(sync),
    history: {
      walks: history.walks.length,
      postureChecks: history.postureChecks.length,
      dailyTotals: history.daily.length,
    },
  };
}
