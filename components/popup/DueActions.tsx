import { formatNumber, t, tPlural } from '@/lib/browser/i18n';
import { SNOOZE_CHOICES, type Command } from '@/lib/commands';
import type { ReminderKind } from '@/lib/reminders/types';
import { useCommand, type Send } from '../hooks/use-command';
import type { Announce } from '../hooks/use-announcer';
import type { FocusNext } from '../hooks/use-focus-next';
import { ChoiceMenu } from './ChoiceMenu';
import { FOCUS } from './status-ids';

interface Props {
  kind: ReminderKind;
  /** Both kinds wait: each group of actions says which reminder it is for. */
  labelled: boolean;
  /** Where focus goes once this reminder no longer waits (the other waiting one, or Start walk). */
  focusAfter: string;
  send?: Send;
  focusNext?: FocusNext;
  announce?: Announce;
}

/** Where focus goes for a waiting reminder: Done for a posture check, the walk's Start walk for a walk. */
export const firstDueAction = (kind: ReminderKind) => (kind === 'posture' ? 'due-posture-done' : FOCUS.startWalk);

/**
 * What the user can do with a waiting reminder: Done (a posture check), snooze for 5, 10 or 30
 * minutes, or skip it. A waiting walk is started with the walk's own Start walk button, just below.
 */
export function DueActions({ kind, labelled, focusAfter, send, focusNext, announce }: Props) {
  const { run, busy, alert } = useCommand(send);
  const act = async (command: Command, said: string) => {
    if (busy) return;
    focusNext?.request(focusAfter);
    if (await run(command)) announce?.(said);
    else focusNext?.cancel();
  };
  const posture = kind === 'posture';
  const name = posture ? t('popupDueKindPosture') : t('popupDueKindWalk');
  return (
    <div class="due-actions" role="group" aria-label={name}>
      {labelled && (
        <span class="due-kind" aria-hidden="true">
          {name}
        </span>
      )}
      {posture && (
        <button
          id={firstDueAction('posture')}
          type="button"
          class="button button-primary"
          aria-disabled={busy || undefined}
          onClick={() => act({ type: 'reminder-acknowledge', kind }, t('popupAnnouncePostureDone'))}
        >
          {t('popupDueDone')}
        </button>
      )}
      <button
        type="button"
        class="button"
        aria-disabled={busy || undefined}
        onClick={() =>
          act(
            { type: 'reminder-skip', kind },
            posture ? t('popupAnnouncePostureSkipped') : t('popupAnnounceWalkSkipped'),
          )
        }
      >
        {t('popupSkip')}
      </button>
      <ChoiceMenu
        id={`due-${kind}-snooze`}
        label={t('popupSnooze')}
        groupLabel={t('popupSnoozeFor')}
        busy={busy}
        choices={SNOOZE_CHOICES.map((minutes) => ({
          value: minutes,
          label: t('popupMinutes', formatNumber(minutes)),
          name: t('popupSnoozeMinutes', formatNumber(minutes)),
        }))}
        onChoose={(minutes) =>
          act(
            { type: 'reminder-snooze', kind, minutes },
            posture ? tPlural('popupAnnouncePostureSnoozed', minutes) : tPlural('popupAnnounceWalkSnoozed', minutes),
          )
        }
      />
      {alert}
    </div>
  );
}
