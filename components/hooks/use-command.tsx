import { useState } from 'preact/hooks';
import { t } from '@/lib/browser/i18n';
import type { Command } from '@/lib/commands';
import { sendCommand } from '@/lib/browser/send-command';

export type Send = (command: Command) => ReturnType<typeof sendCommand>;

/**
 * Sends commands to the background for one part of the popup: `busy` while one is on its way, and the
 * reason in an alert when the background refused or did not answer.
 */
export function useCommand(send: Send = sendCommand) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(command: Command): Promise<boolean> {
    setBusy(true);
    const reply = await send(command);
    setBusy(false);
    setError(reply.ok ? '' : t('popupCommandFailed', reply.error));
    return reply.ok;
  }

  const alert = error ? (
    <p class="error" role="alert">
      {error}
    </p>
  ) : null;

  return { run, busy, alert };
}
