import { browser } from 'wxt/browser';
import type messages from '../../assets/public/_locales/en/messages.json';

/** Every key of the English locale; using a key that is not there is a type error. */
export type MessageKey = keyof typeof messages;

/**
 * Looks a UI string up in the extension's locale messages. Falls back to the key itself so that a
 * missing translation shows something findable instead of an empty control.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
