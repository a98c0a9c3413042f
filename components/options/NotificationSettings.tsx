import { useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import { sendCommand as defaultSendCommand } from '@/lib/browser/send-command';
import type { Settings } from '@/lib/settings/model';

interface Props {
  settings: Settings;
  onChange: (next: Settings) => void;
  sendCommand?: typeof defaultSendCommand;
}

export function NotificationSettings({ settings, onChange, sendCommand = defaultSendCommand }: Props) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  const test = async () => {
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
      <label class="check">
        <input
          type="checkbox"
          checked={settings.notificationButtons}
          aria-describedby="notification-buttons-note"
          onChange={(e) => onChange({ ...settings, notificationButtons: e.currentTarget.checked })}
        />
        {t('optionsNotificationButtons')}
      </label>
      <p id="notification-buttons-note" class="hint">
        {t('optionsChromeOnly')}
      </p>
      <p>
        <button type="button" class="button" disabled={busy} onClick={test}>
          {t('optionsTestReminder')}
        </button>
      </p>
      <p role="status" class={result && !result.ok ? 'field-error' : 'hint'}>
        {result?.text ?? ''}
      </p>
    </section>
  );
}
