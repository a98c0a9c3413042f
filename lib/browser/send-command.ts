import { browser } from 'wxt/browser';
import type { Command, CommandReply } from '../commands';
import { t } from './i18n';

/** Sends a command to the background; a missing or failed answer is a refusal with a reason. */
export async function sendCommand(command: Command): Promise<CommandReply> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as CommandReply | undefined;
    return reply ?? { ok: false, error: t('errorNoAnswer') };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
