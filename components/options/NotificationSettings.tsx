import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import { sendCommand as defaultSendCommand } from '@/lib/browser/send-command';
import type { Settings } from '@/lib/settings/model';
import { useSaveNote, type SaveOutcome, type SyncNote } from './SaveNote';
import { isFirefox } from '@/lib/browser/firefox';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => SaveOutcome;
  sendCommand?: typeof defaultSendCommand;
  /** Whether notifications can carry buttons here (Chrome); Firefox shows none, so the setting is hidden. */
  buttonsSupported?: boolean;
  sync?: SyncNote;
}

/** Firefox shows no notification buttons. */
export const notificationButtonsSupported = () => !isFirefox(browser.runtime);

export function NotificationSettings({
  settings,
  onChange,
  sendCommand = defaultSendCommand,
  buttonsSupported = notificationButtonsSupported(),
  sync,
}: Props) {
  const [busy, setBusy] = useState(false);
  const saved = useSaveNote(sync);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const test = async () => {
    if (busy) return;
    setBusy(true);
    setResult(null);
    const reply = await sendCommand({ type: 'test-reminder' });
    setBusy(false);
    setResult(
      reply.ok
        ? { ok: true, text: t('optionsTestReminderSent') }
        : { ok: false, text: t('optionsTestReminderFailed', reply.error) },
    );
  };

  return (
    <section class="card" aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{t('optionsNotificationsHeading')}</h2>
      {buttonsSupported && (
        <>
          <label class="check">
            <input
              type="checkbox"
              checked={settings.notificationButtons}
              onChange={(e) => saved.track(onChange({ ...settings, notificationButtons: e.currentTarget.checked }))}
            />
            {t('optionsNotificationButtons')}
          </label>{' '}
          {saved.element}
        </>
      )}
      {!buttonsSupported && <p class="hint">{t('optionsNoButtonsNote')}</p>}
      <p>
        {/* aria-disabled, not disabled, while it is sent: a disabled button drops focus to <body>. */}
        <button type="button" class="button" aria-disabled={busy || undefined} onClick={test}>
          {t('optionsTestReminder')}
        </button>
      </p>
      <p role="status" class={result && !result.ok ? 'field-error' : 'hint'}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
