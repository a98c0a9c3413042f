import { browser } from 'wxt/browser';
import type { Command, CommandReply } from '../commands';
import { t } from './i18n';

/**
 * Sends a command to the background; a missing or failed answer is a refusal with a reason. The
 * background answers its own failures in the user's words; a message that never got there (the worker
 * going away under it) keeps the browser's words, in a localized frame.
 */
export async function sendCommand(command: Command): Promise<CommandReply> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as CommandReply | undefined;
    return reply ?? { ok: false, error: t('errorNoAnswer') };
  } catch (error) {
    return { ok: false, error: t('errorBrowser', error instanceof Error ? error.message : String(error)) };
  }
}
