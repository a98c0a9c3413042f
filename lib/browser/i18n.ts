import { browser } from 'wxt/browser';
import type { MessageKey, MessageRef } from '../i18n/keys';
import { pluralMessage, type PluralBase } from '../i18n/plural';

export type { MessageKey, MessageRef, PluralBase };

/**
 * Looks a UI string up in the extension's locale messages. Falls back to the key itself so that a
 * missing translation shows something findable instead of an empty control.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * The plural form of the message family `base` for `count` (lib/i18n/plural.ts), by the plural rules
 * of the language the browser's UI (and so the message file in use) is in. The substitutions default
 * to the count itself.
 */
export function tPlural(base: PluralBase, count: number, substitutions?: string | string[]): string {
  const lookup = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as MessageKey, subs);
  return pluralMessage(lookup, base, count, substitutions, browser.i18n.getUILanguage?.()) || base;
}

/** The text of a message named by pure code. */
export const say = (ref: MessageRef): string => t(ref.key, ref.args);
