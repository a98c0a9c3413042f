/**
 * The edge of the pipeline: read what is stored, let lib/reminders/decide.ts decide, write the result
 * in one storage write, then make the notifications, alarms and badge match it.
 */
import { uiLocale } from '@/lib/browser/i18n';
import { KEYS, readLocal, readValue, writeLocal } from '@/lib/browser/storage';
import { reportInvalid, storedHistory, storedSettings } from '@/lib/browser/stored';
import { addPostureCheck, addSkip, addSnooze, addWalk, compactHistory } from '@/lib/history';
import { decide, type BackgroundEvent, type Decision } from '@/lib/reminders/decide';
import { initialReminderState, parseReminderState } from '@/lib/reminders/state';
import type { IdleState, ReminderState } from '@/lib/reminders/types';
import type { Settings } from '@/lib/settings/model';
import { MINUTE } from '@/lib/time/units';
import { parseWalk } from '@/lib/walk/walk';
import { applyBadge } from './badge';
import type { BackgroundDeps } from './context';
import type { Notifier } from './notifications';
import { walkLength } from './plan';

export type Dispatch = (event: BackgroundEvent) => Promise<Decision>;

/** What the engine asks to be recorded, and how it goes into the history. */
const RECORDED = {
  'record-posture-check': addPostureCheck,
  'record-snooze': addSnooze,
  'record-skip': addSkip,
} as const;

export function createDispatch({ api, now, timeZone }: BackgroundDeps, notifier: Notifier): Dispatch {
  async function environment(settings: Settings) {
    const [idle, fullscreen] = await Promise.all([
      api.idle.queryState(settings.idleThresholdMin * 60).catch((): IdleState => 'active'),
      api.windows
        .getLastFocused()
        .then((w) => w.state === 'fullscreen')
        .catch(() => false),
    ]);
    return { idle, fullscreen };
  }

  function readState(raw: unknown, settings: Settings, at: number, zone: string): ReminderState {
    if (raw === null) return initialReminderState(settings, at, zone);
    const { state, problems } = parseReminderState(raw, settings, at, zone);
    reportInvalid('reminder state', problems);
    return state;
  }

  /** Everything the decision changed, in one write: a walk is never cleared without being logged. */
  async function save(d: Decision, at: number, zone: string): Promise<void> {
    const values: Parameters<typeof writeLocal>[0] = { [KEYS.reminderState]: d.state };
    if (d.walkChanged) values[KEYS.walk] = d.walk;
    const entry = d.ended?.entry;
    const records = d.effects.filter((e) => e.type in RECORDED);
    if (entry || records.length) {
      let history = storedHistory(await readValue(KEYS.history));
      if (entry) {
        history = addWalk(history, entry);
        values[KEYS.walkNotice] = entry.startedAt;
      }
      for (const { type } of records) history = RECORDED[type as keyof typeof RECORDED](history, at);
      values[KEYS.history] = compactHistory(history, at, zone);
    }
    await writeLocal(values);
  }

  return async function dispatch(event) {
    const at = now();
    const zone = timeZone();
    const raw = await readLocal([KEYS.settings, KEYS.reminderState, KEYS.walk]);
    const settings = storedSettings(raw[KEYS.settings]);
    const state = readState(raw[KEYS.reminderState], settings, at, zone);
    const walk = parseWalk(raw[KEYS.walk]);
    const [env, armed] = await Promise.all([environment(settings), api.alarms.getAll()]);
    const d = decide(
      { settings, state, env: { ...env, walk }, now: at, timeZone: zone, locale: uiLocale(), armed },
      event,
    );

    await save(d, at, zone).catch(async (error: unknown) => {
      // Nothing was written (storage full), so nothing else follows: the decision stands on a state that
      // was not saved. But no alarm may go missing, or nothing would come for a reminder or a walk's end
      // until some other event: a one-shot alarm that fired (it is gone), and at start-up the alarms the
      // browser lost (Firefox keeps none over a restart), come in a minute, to try again.
      const retry =
        event.type === 'alarm' ? [event.name] : event.type === 'reconcile' ? d.alarms.create.map((a) => a.name) : [];
      for (const name of retry)
        if (!armed.some((a) => a.name === name)) await api.alarms.create(name, { when: at + MINUTE });
      throw error;
    });
    for (const effect of d.effects) {
      // The walk reminder suggests the walking plan's length while a plan runs.
      const shown =
        effect.type === 'show' && effect.kind === 'walk'
          ? { ...settings, walk: { ...settings.walk, lengthMin: await walkLength(settings, at, zone) } }
          : settings;
      if (effect.type === 'show') await notifier.showReminder(effect.kind, shown, effect.catchUp);
      else if (effect.type === 'clear') await notifier.clearReminder(effect.kind);
    }
    await Promise.all([
      ...d.alarms.clear.map((name) => api.alarms.clear(name)),
      ...d.alarms.create.map(({ name, when, periodInMinutes }) =>
        api.alarms.create(name, periodInMinutes ? { when, periodInMinutes } : { when }),
      ),
    ]);
    await applyBadge(api, d.badge);
    if (d.ended?.entry) await notifier.announceWalk(d.ended.entry, settings);
    return d;
  };
}
