/**
 * What each command from a page does: one handler per command, typed by the command it takes (the
 * shape of a messaging library, at zero bytes).
 */
import { t } from '@/lib/browser/i18n';
import { KEYS, writeValue } from '@/lib/browser/storage';
import { readHistory, readSettings } from '@/lib/browser/stored';
import type { Command, CommandReply, CommandType } from '@/lib/commands';
import type { Decision } from '@/lib/reminders/decide';
import { pauseUntil } from '@/lib/reminders/pause';
import type { BackgroundDeps } from './context';
import type { createDataActions } from './data';
import type { Dispatch } from './dispatch';
import type { Notifier } from './notifications';

export type CommandHandlers = {
  [T in CommandType]: (command: Extract<Command, { type: T }>) => Promise<CommandReply>;
};

const OK: CommandReply = { ok: true };

/**
 * A walk command the pipeline refused for want of a walk says why. A start while a walk runs is
 * answered OK and changes nothing: the walk the user asked for is running, and the press was a second
 * one that came before the page heard of the first (an alert then only alarmed).
 */
function walkReply(d: Decision): CommandReply {
  return d.refused === 'no-walk' ? { ok: false, error: t('errorNoWalk') } : OK;
}

export function createCommandHandlers(
  { now, timeZone }: BackgroundDeps,
  dispatch: Dispatch,
  notifier: Notifier,
  data: ReturnType<typeof createDataActions>,
): CommandHandlers {
  return {
    'walk-start': async ({ minutes }) => walkReply(await dispatch({ type: 'walk-start', minutes })),
    'walk-pause': async () => walkReply(await dispatch({ type: 'walk-pause' })),
    'walk-resume': async () => walkReply(await dispatch({ type: 'walk-resume' })),
    'walk-finish': async () => walkReply(await dispatch({ type: 'walk-finish' })),
    'walk-cancel': async () => walkReply(await dispatch({ type: 'walk-cancel' })),
    'reminders-pause': async ({ choice }) => {
      const until = pauseUntil(choice, await readSettings(), now(), timeZone());
      await dispatch({ type: 'pause', until });
      return OK;
    },
    'reminders-resume': async () => {
      await dispatch({ type: 'resume' });
      return OK;
    },
    'reminder-acknowledge': async ({ kind }) => {
      await notifier.clearReminder(kind);
      await dispatch({ type: 'acknowledge', kind });
      return OK;
    },
    'reminder-snooze': async ({ kind, minutes }) => {
      await notifier.clearReminder(kind);
      await dispatch({ type: 'snooze', kind, minutes });
      return OK;
    },
    'reminder-skip': async ({ kind }) => {
      await notifier.clearReminder(kind);
      await dispatch({ type: 'skip', kind });
      return OK;
    },
    'walk-check-in': async ({ startedAt, feel, where }) => {
      const history = await readHistory();
      const walk = history.walks.find((w) => w.startedAt === startedAt);
      if (!walk) return { ok: false, error: t('errorCheckInNoWalk') };
      walk.checkIn = where ? { at: now(), feel, where } : { at: now(), feel };
      await writeValue(KEYS.history, history);
      // Answered: the walk-done notification, which asks the same (and may be kept on screen), goes.
      await notifier.clearReminder('walkComplete');
      return OK;
    },
    'test-reminder': async () => {
      await notifier.showTest();
      return OK;
    },
    /** A real reminder, buttons and all, shown now without touching its countdown (the welcome page). */
    'reminder-preview': async ({ kind }) => {
      await notifier.showReminder(kind, await readSettings(), false);
      return OK;
    },
    reconcile: async () => {
      await dispatch({ type: 'reconcile' });
      return OK;
    },
    'import-backup': ({ settings, history, plan }) => data.importBackup(settings, history, plan),
    'reset-data': () => data.reset(),
  };
}

/** Runs the handler of a checked command. */
export function handleCommand(handlers: CommandHandlers, command: Command): Promise<CommandReply> {
  return (handlers[command.type] as (c: Command) => Promise<CommandReply>)(command);
}
