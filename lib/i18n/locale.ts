/**
 * Which language a page is in. Each locale file names its own language in the message `locale` (a
 * BCP 47 tag: "de", "pt-BR"), so a page knows the language the browser actually gave it messages in,
 * with the browser's own fallback (de-AT → de; it → en, the default locale). Pure.
 */

/** The default locale's tag: popup.html is prerendered in it. */
export const DEFAULT_LOCALE = 'en';

/** The popup page prerendered in `locale` at build time (scripts/prerender-popup.ts). */
export const popupPage = (locale: string): string =>
  locale === DEFAULT_LOCALE ? 'popup.html' : `popup-${locale}.html`;

const language = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/**
 * The locale for numbers, dates and plural rules: the browser's UI language where it is a variant of
 * the messages' language (an English UI in Britain gets "14:30"), else the messages' own (an Italian
 * UI reads English messages, so English plurals and formats in them).
 */
export function formatLocale(messagesLocale: string, uiLanguage?: string): string {
  return uiLanguage && language(uiLanguage) === language(messagesLocale) ? uiLanguage : messagesLocale;
}
