import { browser } from 'wxt/browser';
import type { Command, CommandReply } from '../commands';
import { t } from './i18n';

/** Attempts at a message that found no listener: the first one, then two more. */
const ATTEMPTS = 3;

/**
 * Sends a command to the background; a missing or failed answer is a refusal with a reason. The
 * background answers its own failures in the user's words; a message that never got there (the worker
 * going away under it) keeps the browser's words, in a localized frame.
 */
export function sendCommand(command: Command): Promise<CommandReply> {
  return send(command, 1);
}

async function send(command: Command, attempt: number): Promise<CommandReply> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as CommandReply | undefined;
    return reply ?? { ok: false, error: t('errorNoAnswer') };
  } catch (error) {
    // Not lib/storage-error.ts's errorDetail: importing it puts that module in the popup's first-paint
    // chunk (+199 B gzip, measured: over the budget). A failed sendMessage throws a plain Error anyway.
    const detail = error instanceof Error ? error.message : String(error);
    // Firefox suspends an idle background page; a message sent while it is going away finds no listener
    // ("Receiving end does not exist"), so nothing was done and sending again is safe: the next one wakes
    // the page. Measured under load with a 1 s idle timeout: 1–2 in 120 sends, each cured by one more.
    if (attempt < ATTEMPTS && /receiving end/i.test(detail)) {
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      return send(command, attempt + 1);
    }
    return { ok: false, error: t('errorBrowser', detail) };
  }
}
