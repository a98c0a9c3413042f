/**
 * Build time only (scripts/prerender-popup.ts loads this through Vite's SSR): the popup's first paint
 * as HTML in each language of assets/public/_locales, so the page the browser opens (popup.html in
 * English, popup-de.html in German, …; the background picks it) shows its sections and the Start walk
 * button in the user's language before any script has run. main.tsx then hydrates it. Storage-
 * dependent parts render their "not read yet" state, exactly as the real first render does.
 */
import { renderToString } from 'preact-render-to-string';
import { formatMessage, type LocaleMessage } from '@/lib/i18n/format';
import { DEFAULT_LOCALE, popupPage } from '@/lib/i18n/locale';

type Messages = Record<string, LocaleMessage>;

const files = import.meta.glob('/assets/public/_locales/*/messages.json', { eager: true, import: 'default' }) as Record<
  string,
  Messages
>;
const byFolder = new Map(Object.entries(files).map(([path, messages]) => [path.split('/').at(-2)!, messages]));

export interface FirstPaint {
  /** The locale's tag ("pt-BR"): the page's lang. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The page it is written to: popup.html for English, popup-<tag>.html for the others. */
  file: string;
  markup: string;
}

/** A language's writing direction, from CLDR through Intl (Locale#getTextInfo, formerly textInfo). */
function direction(tag: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(tag) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
    textInfo?: { direction: string };
  };
  return (locale.getTextInfo?.() ?? locale.textInfo)?.direction === 'rtl' ? 'rtl' : 'ltr';
}

// Just enough of an extension environment for the components' first render, created once (the
// polyfill keeps the object it found): its messages are the language being rendered.
let current: { messages: Messages; lang: string; dir: string } | undefined;
(globalThis as Record<string, unknown>).chrome = {
  runtime: { id: 'prerender' },
  i18n: {
    getMessage: (key: string, subs?: string | string[]) =>
      key === '@@bidi_dir' ? current!.dir : formatMessage(current!.messages, key, subs),
    getUILanguage: () => current!.lang,
  },
};

/** The first paint in every language there is a message file for, English first. */
export async function renderFirstPaints(): Promise<FirstPaint[]> {
  const { App } = await import('./App');
  const folders = [...byFolder.keys()].sort((a, b) => Number(b === DEFAULT_LOCALE) - Number(a === DEFAULT_LOCALE));
  return folders.map((folder) => {
    const messages = byFolder.get(folder)!;
    const lang = messages.locale?.message;
    if (!lang) throw new Error(`_locales/${folder}/messages.json has no "locale" message`);
    const dir = direction(lang);
    current = { messages, lang, dir };
    return { lang, dir, file: popupPage(lang), markup: renderToString(<App />) };
  });
}
