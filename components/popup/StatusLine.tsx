import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import type { Command } from '@/lib/commands';
import { PAUSE_CHOICES } from '@/lib/reminders/pause';
import type { ReminderStatus } from '@/lib/reminders/status';
import { formatDuration, formatTime } from '../shared/duration';
import { useCommand, type Send } from '../hooks/use-command';

interface Props {
  status: ReminderStatus | undefined;
  now: number;
  walking: boolean;
  send?: Send;
}

const CHOICE_LABEL = {
  '30min': 'popupPause30',
  '1h': 'popupPause60',
  '2h': 'popupPause120',
  tomorrow: 'popupPauseTomorrow',
} as const;

/** What comes next, what is due now, and pause/resume. */
export function StatusLine({ status, now, walking, send }: Props) {
  const [menuOpen, setMenuOpen] = useState(false);
  const command = useCommand(send);
  const run = async (c: Command) => {
    if (await command.run(c)) setMenuOpen(false);
  };

  const outstanding = status?.kind === 'upcoming' ? status.outstanding : [];
  const blocked = useNotificationsBlocked(outstanding.length > 0);

  if (!status) return <section class="status" aria-label={t('popupStatusNext')} />;

  let line: string;
  if (status.kind === 'paused') line = t('popupStatusPaused', formatTime(status.until, now));
  else if (status.kind === 'off') line = t('popupStatusOff');
  else if (walking) line = t('popupStatusDuringWalk');
  else {
    const parts: string[] = [];
    if (status.posture !== null) parts.push(t('popupStatusPosture', formatDuration(status.posture - now)));
    if (status.walk !== null) parts.push(t('popupStatusWalk', formatDuration(status.walk - now)));
    line = parts.join(' · ');
  }

  return (
    <section class="status" aria-label={t('popupStatusNext')}>
      <p class="status-line" role="status">
        {line}
      </p>
      {outstanding.map((kind) => (
        <p class="status-due" key={kind}>
          <span>{kind === 'posture' ? t('popupDuePosture') : t('popupDueWalk')}</span>{' '}
          <button type="button" class="button" onClick={() => run({ type: 'reminder-acknowledge', kind })}>
            {kind === 'posture' ? t('popupDueDone') : t('popupDueDismiss')}
          </button>
        </p>
      ))}
      {blocked && <p class="status-blocked">{t('popupNotificationsBlocked')}</p>}
      {status.kind === 'paused' ? (
        <button type="button" class="button" onClick={() => run({ type: 'reminders-resume' })}>
          {t('popupResume')}
        </button>
      ) : (
        status.kind === 'upcoming' && (
          <div class="pause">
            <button
              type="button"
              class="button"
              aria-expanded={menuOpen}
              aria-controls="pause-choices"
              onClick={() => setMenuOpen(!menuOpen)}
            >
              {t('popupPause')}
            </button>
            <div
              id="pause-choices"
              class="pause-choices"
              role="group"
              aria-label={t('popupPauseFor')}
              hidden={!menuOpen}
            >
              {PAUSE_CHOICES.map((choice) => (
                <button
                  type="button"
                  class="button"
                  key={choice}
                  onClick={() => run({ type: 'reminders-pause', choice })}
                >
                  {t(CHOICE_LABEL[choice])}
                </button>
              ))}
            </div>
          </div>
        )
      )}
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
