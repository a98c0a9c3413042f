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
    // Not lib/storage-error.ts's errorDetail: importing it puts that module in the popup's first-paint
    // chunk (+199 B gzip, measured: over the budget). A failed sendMessage throws a plain Error anyway.
    return { ok: false, error: t('errorBrowser', error instanceof Error ? error.message : String(error)) };
  }
}
