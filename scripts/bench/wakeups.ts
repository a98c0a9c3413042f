/**
 * Wake-ups: an 8-hour active day with default settings, driven through the pure reminder core with a
 * simulated clock and a model of Chrome's alarms. It runs the background's own pipeline
 * (lib/reminders/decide.ts: walk life cycle → step → alarm plan → badge) for every event, as
 * entrypoints/background/dispatch.ts does, so the count is what the real worker would be woken for —
 * without waiting 8 hours.
 *
 * Alarm model (Chrome): one-shot alarms are removed when they fire, periodic ones move on by their
 * period; all alarms due at the same moment fire together (removed first, then their onAlarm events
 * run one after another through the worker's serial queue). Each such moment is one wake-up.
 * The user is at the keyboard all day (idle 'active', never fullscreen), answers every reminder
 * `reactionMs` after it shows (posture: "Done"; walk: "Start walk", a walk of the default length).
 */
import { decide, initialReminderState, type BackgroundEvent } from '@/lib/reminders/index.ts';
import { ALARM, type AlarmName, type ReminderKind, type ReminderState } from '@/lib/reminders/types.ts';
import { defaultSettings, type Settings } from '@/lib/settings/model.ts';
import { MINUTE } from '@/lib/time/units.ts';
import type { Walk } from '@/lib/walk/walk.ts';

export interface WakeUpOptions {
  start: number;
  hours: number;
  timeZone: string;
  reactionMs: number;
  settings?: Settings;
}

export interface WakeUp {
  at: number;
  alarms: string[];
  shown: ReminderKind[];
  walkComplete: boolean;
  badge: { from: string; to: string } | null;
  /** Shows a reminder, or updates (or ends) a running walk's badge. */
  useful: boolean;
}

export interface WakeUpResult {
  hours: number;
  wakeUps: number;
  alarmEvents: number;
  perHour: number;
  remindersShown: number;
  shownByKind: Record<ReminderKind, number>;
  perReminder: number;
  walks: number;
  walkWakeUps: number;
  reminderWakeUps: number;
  wasted: number;
  /** Two reminders shown within 2 minutes of each other (the fold rule says they should be one). */
  doubleReminders: number;
  userEvents: number;
  log: WakeUp[];
}

interface ArmedAlarm {
  name: string;
  scheduledTime: number;
  periodMs?: number;
  seq: number;
}

export function simulateDay(options: WakeUpOptions): WakeUpResult {
  const settings = options.settings ?? defaultSettings();
  const { timeZone, reactionMs } = options;
  const end = options.start + options.hours * 3_600_000;
  let now = options.start;
  let state: ReminderState = initialReminderState(settings, now, timeZone);
  let walk: Walk | null = null;
  let badge = '';
  let seq = 0;
  const alarms = new Map<string, ArmedAlarm>();
  const userQueue: { at: number; run: () => void }[] = [];
  let userEvents = 0;
  const shownAt: { kind: ReminderKind; at: number }[] = [];

  // What the current wake-up did (reset per wake-up).
  let shown: ReminderKind[] = [];
  let walkComplete = false;

  const dispatch = (event: BackgroundEvent) => {
    const d = decide(
      {
        settings,
        state,
        env: { idle: 'active', fullscreen: false, walk },
        now,
        timeZone,
        armed: [...alarms.values()].map(({ name, scheduledTime, periodMs }) => ({
          name,
          scheduledTime,
          periodInMinutes: periodMs ? periodMs / MINUTE : undefined,
        })),
      },
      event,
    );
    state = d.state;
    walk = d.walk;
    if (d.ended?.entry) walkComplete = true;
    for (const effect of d.effects) {
      if (effect.type === 'show') {
        shown.push(effect.kind);
        shownAt.push({ kind: effect.kind, at: now });
        const kind = effect.kind;
        userQueue.push({ at: now + reactionMs, run: () => react(kind) });
      }
    }
    for (const name of d.alarms.clear) alarms.delete(name);
    for (const { name, when, periodInMinutes } of d.alarms.create)
      alarms.set(name, {
        name,
        scheduledTime: when,
        periodMs: periodInMinutes ? periodInMinutes * MINUTE : undefined,
        seq: seq++,
      });
    badge = d.badge.text;
  };

  const react = (kind: ReminderKind) => {
    userEvents += 1;
    // The notification's button (Chrome): the background clears it and acknowledges.
    if (!state[kind].outstanding) return;
    dispatch({ type: 'acknowledge', kind });
    if (kind === 'walk' && !walk) dispatch({ type: 'walk-start', minutes: settings.walk.lengthMin });
  };

  // Worker start (browser start-up / install): reconcile.
  dispatch({ type: 'reconcile' });

  const log: WakeUp[] = [];
  let alarmEvents = 0;
  for (;;) {
    const nextAlarm = Math.min(...[...alarms.values()].map((a) => a.scheduledTime), Infinity);
    const nextUser = Math.min(...userQueue.map((u) => u.at), Infinity);
    const next = Math.min(nextAlarm, nextUser);
    if (next >= end) break;
    now = next;
    if (nextUser <= nextAlarm) {
      const i = userQueue.findIndex((u) => u.at === nextUser);
      userQueue.splice(i, 1)[0]!.run();
      continue;
    }
    // Chrome: every alarm due now fires together; one-shots are removed, periodic ones move on.
    const due = [...alarms.values()]
      .filter((a) => a.scheduledTime <= now)
      .sort((a, b) => a.scheduledTime - b.scheduledTime || a.seq - b.seq);
    for (const a of due) {
      if (a.periodMs) alarms.set(a.name, { ...a, scheduledTime: a.scheduledTime + a.periodMs });
      else alarms.delete(a.name);
    }
    shown = [];
    walkComplete = false;
    const badgeBefore = badge;
    const walkWasRunning = walk !== null;
    for (const a of due) {
      alarmEvents += 1;
      dispatch({ type: 'alarm', name: a.name as AlarmName, scheduledTime: a.scheduledTime });
    }
    const badgeChange = badge !== badgeBefore ? { from: badgeBefore, to: badge } : null;
    const useful = shown.length > 0 || walkComplete || (walkWasRunning && badgeChange !== null);
    log.push({ at: now, alarms: due.map((a) => a.name), shown, walkComplete, badge: badgeChange, useful });
  }

  const shownByKind = { posture: 0, walk: 0 } as Record<ReminderKind, number>;
  for (const s of shownAt) shownByKind[s.kind] += 1;
  const remindersShown = shownAt.length;
  let doubleReminders = 0;
  for (let i = 1; i < shownAt.length; i++) if (shownAt[i]!.at - shownAt[i - 1]!.at <= 2 * MINUTE) doubleReminders += 1;
  const walkNames: string[] = [ALARM.walkTimerEnd, ALARM.walkTimerTick];
  return {
    hours: options.hours,
    wakeUps: log.length,
    alarmEvents,
    perHour: log.length / options.hours,
    remindersShown,
    shownByKind,
    perReminder: remindersShown ? log.length / remindersShown : NaN,
    walks: shownByKind.walk,
    walkWakeUps: log.filter((w) => w.alarms.every((n) => walkNames.includes(n))).length,
    reminderWakeUps: log.filter((w) => w.alarms.some((n) => !walkNames.includes(n))).length,
    wasted: log.filter((w) => !w.useful).length,
    doubleReminders,
    userEvents,
    log,
  };
}
