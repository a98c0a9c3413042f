import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import { PAUSE_CHOICES, type PauseChoice } from '@/lib/reminders/pause';
import type { ReminderStatus } from '@/lib/reminders/status';
import type { ReminderKind } from '@/lib/reminders/types';
import { HOUR } from '@/lib/time/units';
import { formatDuration, formatTime } from '../shared/duration';
import type { Announce } from '../hooks/use-announcer';
import { useCommand, type Send } from '../hooks/use-command';
import type { FocusNext } from '../hooks/use-focus-next';
import { ChoiceMenu } from './ChoiceMenu';
import { DueActions, firstDueAction } from './DueActions';
import { FOCUS, STATUS_LINE_ID, waitingKinds } from './status-ids';
import { StatusPending } from './StatusPending';
import './StatusLine.css';

interface Props {
  status: ReminderStatus | undefined;
  now: number;
  walking: boolean;
  send?: Send;
  focusNext?: FocusNext;
  announce?: Announce;
}

const CHOICE_LABEL = {
  '30min': 'popupPause30',
  '1h': 'popupPause60',
  '2h': 'popupPause120',
  tomorrow: 'popupPauseTomorrow',
} as const;

/** Further out than this, the next reminder is said as a time ("at 16:30"), not as a countdown. */
const COUNTDOWN_UP_TO_MS = 2 * HOUR;

/**
 * The one state the status line says, first that applies: a reminder waits; reminders are paused;
 * a walk holds them; they are off; outside the schedule, with when it resumes; the next due times.
 */
export function statusText(status: ReminderStatus | undefined, walking: boolean, now: number): string {
  if (!status) return '';
  const waiting = waitingKinds(status);
  if (waiting.length === 2) return t('popupDueBoth');
  if (waiting.length === 1) return waiting[0] === 'posture' ? t('popupDuePosture') : t('popupDueWalk');
  if (status.kind === 'paused') return t('popupStatusPaused', formatTime(status.until, now));
  if (walking) return t('popupStatusDuringWalk');
  if (status.kind === 'off') return t('popupStatusOff');
  if (status.kind === 'outside') return t('popupStatusOutside', formatTime(status.resumesAt, now));
  const next = (
    at: number,
    inKey: 'popupStatusPosture' | 'popupStatusWalk',
    atKey: 'popupStatusPostureAt' | 'popupStatusWalkAt',
  ) => (at - now > COUNTDOWN_UP_TO_MS ? t(atKey, formatTime(at, now)) : t(inKey, formatDuration(at - now)));
  const parts: string[] = [];
  if (status.posture !== null) parts.push(next(status.posture, 'popupStatusPosture', 'popupStatusPostureAt'));
  if (status.walk !== null) parts.push(next(status.walk, 'popupStatusWalk', 'popupStatusWalkAt'));
  return parts.join(PART_SEPARATOR);
}

const PART_SEPARATOR = ' · ';

/**
 * The line, broken (if it must) between its parts, never inside one ("Posture check in / 30 min").
 * StatusPending writes its sample out the same way.
 */
function Line({ text }: { text: string }) {
  const parts = text.split(PART_SEPARATOR);
  const last = parts.length - 1;
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          <span class={parts.length > 1 ? 'nowrap' : undefined}>{i < last ? `${part} ·` : part}</span>
          {i < last ? ' ' : ''}
        </Fragment>
      ))}
    </>
  );
}

/** What comes next (or waits now), its actions, and pausing or resuming all reminders. */
export function StatusLine({ status, now, walking, send, focusNext, announce }: Props) {
  const command = useCommand(send);
  const waiting = waitingKinds(status);
  const blocked = useNotificationsBlocked(waiting.length > 0);
  usePauseAnnouncements(status, announce);

  if (!status) return <StatusPending />;

  const pause = async (choice: PauseChoice) => {
    if (command.busy) return;
    focusNext?.request(FOCUS.resumeReminders);
    // The pause itself is announced when it arrives through storage (also from a shortcut).
    if (!(await command.run({ type: 'reminders-pause', choice }))) focusNext?.cancel();
  };
  const resume = async () => {
    if (command.busy) return;
    focusNext?.request(FOCUS.pauseReminders);
    if (!(await command.run({ type: 'reminders-resume' }))) focusNext?.cancel();
  };

  let control = null;
  if (status.kind === 'paused') {
    control = (
      <button
        id={FOCUS.resumeReminders}
        type="button"
        class="button"
        aria-disabled={command.busy || undefined}
        onClick={resume}
      >
        {t('popupResume')}
      </button>
    );
  } else if (status.kind !== 'off' && !walking) {
    control = (
      <ChoiceMenu
        id={FOCUS.pauseReminders}
        class="pause"
        label={t('popupPause')}
        groupLabel={t('popupPauseFor')}
        busy={command.busy}
        choices={PAUSE_CHOICES.map((choice) => ({ value: choice, label: t(CHOICE_LABEL[choice]) }))}
        onChoose={pause}
      />
    );
  }

  return (
    <section class={`status${waiting.length ? ' status-waiting' : ''}`} aria-label={t('popupStatusNext')}>
      <div class="status-row">
        <p class="status-line" id={STATUS_LINE_ID}>
          <Line text={statusText(status, walking, now)} />
        </p>
        {control}
      </div>
      {waiting.map((kind) => {
        const other = waiting.find((k) => k !== kind);
        return (
          <DueActions
            key={kind}
            kind={kind}
            labelled={waiting.length > 1}
            focusAfter={other ? firstDueAction(other) : FOCUS.startWalk}
            send={send}
            focusNext={focusNext}
            announce={announce}
          />
        );
      })}
      {blocked && <p class="status-blocked">{t('popupNotificationsBlocked')}</p>}
      {command.alert}
    </section>
  );
}

/**
 * Whether the user blocked this extension's notifications (Chrome can tell; Firefox cannot, and says
 * nothing): asked only while a reminder waits, so the popup can say why it is waiting here.
 */
function useNotificationsBlocked(waiting: boolean): boolean {
  const [blocked, setBlocked] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    void Promise.resolve()
      .then(() => browser.notifications.getPermissionLevel())
      .then(
        (level) => setBlocked(level === 'denied'),
        () => setBlocked(false),
      );
  }, [waiting]);
  return waiting && blocked;
}

/**
 * Says when reminders are paused or resume while the popup is open, whichever way (the popup, a
 * keyboard shortcut): the pause end is the background's to work out, so it is said once stored.
 */
function usePauseAnnouncements(status: ReminderStatus | undefined, announce: Announce | undefined) {
  const paused = status === undefined ? undefined : status.kind === 'paused' ? status.until : null;
  const previous = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    if (paused === undefined) return;
    const before = previous.current;
    previous.current = paused;
    if (before === undefined || before === paused) return;
    if (paused !== null) announce?.(t('popupAnnouncePaused', formatTime(paused, Date.now())));
    else announce?.(t('popupAnnounceResumed'));
  }, [paused]);
}
