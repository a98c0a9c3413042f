import { browser } from 'wxt/browser';
import type { MessageKey, MessageRef } from '../i18n/keys';
import { DEFAULT_LOCALE, formatLocale } from '../i18n/locale';
import { formatNumberIn } from '../i18n/number';
import { pluralMessage, type PluralBase } from '../i18n/plural';

export type { MessageKey, MessageRef, PluralBase };

/**
 * Looks a UI string up in the extension's locale messages. Falls back to the key itself so that a
 * missing translation shows something findable instead of an empty control.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The language of the messages in use ("de", "pt-BR"): each locale file names its own. */
export const messagesLocale = (): string => browser.i18n.getMessage('locale') || DEFAULT_LOCALE;

/** The locale for plurals, numbers and dates (lib/i18n/locale.ts): the UI's, or the messages' own. */
export const uiLocale = (): string => formatLocale(messagesLocale(), browser.i18n.getUILanguage?.());

/** Whether the messages in use are the default (English) ones: the document then needs no note. */
export const englishUi = (): boolean => messagesLocale() === DEFAULT_LOCALE;

/** Gives a page the language and direction of its messages (`<html lang="ar" dir="rtl">`). */
export function applyLocale(root: HTMLElement = document.documentElement): void {
  root.lang = messagesLocale();
  root.dir = browser.i18n.getMessage('@@bidi_dir' as MessageKey) || 'ltr';
}

/**
 * The plural form of the message family `base` for `count` (lib/i18n/plural.ts), by the plural rules
 * of the messages' language. The substitutions default to the count in the locale's digits.
 */
export function tPlural(base: PluralBase, count: number, substitutions?: string | string[]): string {
  const lookup = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key as MessageKey, subs);
  return pluralMessage(lookup, base, count, substitutions ?? formatNumber(count), uiLocale()) || base;
}

/**
 * A number as the UI writes it ("4,5" in German, "٤٫٥" in Arabic-Indic digits), with at most one
 * decimal and at least `digits` integer digits ("05").
 */
export const formatNumber = (n: number, digits = 1): string => formatNumberIn(uiLocale(), n, digits);

/**
 * A value never breaks across lines ("11 h / 25 min"): its spaces become no-break spaces. Here, in
 * the code every page shares, so that a page using it (the popup's walk panel, the welcome page's
 * durations) does not split a chunk of its own out of the popup's first paint.
 */
export const unbroken = (text: string): string => text.replace(/ /g, '\u00a0');

/** The text of a message named by pure code. */
export const say = (ref: MessageRef): string => t(ref.key, ref.args);
