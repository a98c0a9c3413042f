/**
 * Storage growth: what storage.local and storage.sync hold after a simulated year of typical use
 * (8 walks and 16 answered posture checks a day, every day, with a back check-in after every walk and
 * a walking plan running all year), written the way the background writes it: lib/history's addWalk /
 * addPostureCheck, then compactHistory after every write; each check-in written into its walk as the
 * check-in command does.
 *
 * Bytes are counted as Chrome's getBytesInUse does: each key's length plus the length of its value as
 * JSON (UTF-8). Keys are those of lib/browser/storage.ts (`local:` / `sync:`
 * prefixes name the area); every value carries its own version, no metadata entries.
 */
import { exerciseForToday, type RotationState } from '@/lib/content/rotation.ts';
import {
  addPostureCheck,
  addWalk,
  compactHistory,
  emptyHistory,
  type CheckIn,
  type History,
} from '@/lib/history/index.ts';
import { replayHistory } from '@/lib/plan/rules.ts';
import { pausePlan, resumePlan, startPlan, type Plan } from '@/lib/plan/plan.ts';
import { localDay } from '@/lib/time/days.ts';
import { DAY, MINUTE as MIN } from '@/lib/time/units.ts';
import { initialReminderState } from '@/lib/reminders/index.ts';
import { defaultSettings } from '@/lib/settings/model.ts';

export interface StorageResult {
  days: number;
  local: { bytes: number; keys: Record<string, number> };
  sync: { bytes: number; keys: Record<string, number> };
  history: { walks: number; postureChecks: number; dailyTotals: number; checkIns: number };
  /** The walking plan's target on the last day (derived from the history, as every page does). */
  planTarget: number;
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
  // A plan started on the first day, paused for a week twice a year (the record keeps each pause).
  let plan: Plan = startPlan(start, 5);
  const jitter = () => Math.round(random() * 90_000);
  let now = start;
  for (let d = 0; d < days; d++) {
    const morning = start + d * DAY;
    rotation = exerciseForToday(rotation, localDay(morning, timeZone), random).state;
    if (d % 180 === 100) plan = pausePlan(plan, morning);
    if (d % 180 === 107) plan = resumePlan(plan, morning);
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
        // The back check-in after every walk: mostly "Better" or "Same", one in six "Worse" (half of
        // them with where), answered a couple of minutes after the walk.
        const roll = random();
        const checkIn: CheckIn =
          roll < 1 / 12
            ? { at: endedAt + 2 * MIN, feel: 'worse', where: 'hip' }
            : roll < 1 / 6
              ? { at: endedAt + 2 * MIN, feel: 'worse' }
              : { at: endedAt + 2 * MIN, feel: roll < 0.6 ? 'better' : 'same' };
        history = { ...history, walks: history.walks.map((w) => (w.startedAt === startedAt ? { ...w, checkIn } : w)) };
      }
    }
  }
  const reminderState = initialReminderState(settings, now, timeZone);
  const local = {
    settings,
    reminderState,
    walk: null,
    walkNotice: null,
    history,
    exerciseRotation: rotation,
    plan,
    checkInSkipped: history.walks.at(-1)?.startedAt ?? null,
  };
  // The background copies the settings to sync (carried to the user's other browsers).
  const sync = { settings };
  return {
    days,
    local: areaBytes(local),
    sync: areaBytes(sync),
    history: {
      walks: history.walks.length,
      postureChecks: history.postureChecks.length,
      dailyTotals: history.daily.length,
      checkIns: history.walks.filter((w) => w.checkIn).length,
    },
    planTarget: replayHistory(plan, history, now, timeZone).days.at(-1)?.target ?? plan.startMin,
  };
}
