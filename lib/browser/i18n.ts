import { browser } from 'wxt/browser';
import type { MessageKey, MessageRef } from '../i18n/keys';

export type { MessageKey, MessageRef };

/**
 * Looks a UI string up in the extension's locale messages. Falls back to the key itself so that a
 * missing translation shows something findable instead of an empty control.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The text of a message named by pure code. */
export const say = (ref: MessageRef): string => t(ref.key, ref.args);
