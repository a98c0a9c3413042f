/**
 * The popup (and the options page) in German and Arabic, in real Chromium and real Firefox whose UI is
 * in that language: Chromium through LANGUAGE and --lang (Debian's chromium-l10n), Firefox through its
 * language pack (Debian's firefox-esr-l10n-*) and intl.locale.requested. A browser that cannot switch
 * fails with what to install; it never runs the journey in English instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { popupPage } from '@/lib/i18n/locale';
import { axeViolations } from './support/axe';
import { BROWSERS, launch } from './support/browsers';
import { CHROME_BUILD } from './support/chromium';
import { schemesOf, waitUntil, type ExtBrowser, type ExtPage } from './support/driver';
import { overflowInPage, statusHeightsInPage } from './support/layout';
import { ui } from './support/ui';

type Messages = Record<string, { message: string }>;
const messagesOf = (folder: string) =>
  JSON.parse(readFileSync(`assets/public/_locales/${folder}/messages.json`, 'utf8')) as Messages;
const english = messagesOf('en');

const LANGUAGES = [
  // `word`: "back" in the language, as a user who reads the UI in it would search.
  { lang: 'de', dir: 'ltr', word: 'Rücken' },
  { lang: 'ar', dir: 'rtl', word: 'ظهري' },
] as const;

/**
 * English UI text that must not show in another language: each English message's runs of four words or
 * more between its placeholders ("Start a walking plan", "Not saved: the least is"). (The messages a
 * locale may write as English does are names and short units: none has such a run.)
 */
function englishPhrases(): string[] {
  const phrases = new Set<string>();
  for (const { message } of Object.values(english)) {
    for (const run of message.split(/\$[A-Za-z0-9_]+\$|\$\d/))
      if (run.trim().split(/\s+/).length >= 4) phrases.add(run.trim().replace(/[.:,]$/, ''));
  }
  return [...phrases];
}

/**
 * Everything a user (or a screen reader) gets from the page outside the document's own English: the
 * text of every element not inside [lang="en"] (hidden-from-sight text included: screen readers say
 * it), and the labels and titles of the elements.
 */
const uiText = (page: ExtPage) =>
  page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[lang="en"], script, style, [hidden]')) continue;
      parts.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))
      if (!el.closest('[lang="en"]'))
        for (const name of ['aria-label', 'title', 'placeholder']) parts.push(el.getAttribute(name) ?? '');
    return parts.join('\n').replace(/\s+/g, ' ');
  });

/** Elements that stick out of the page's width (the popup is 380 px wide), and whether the page scrolls sideways. */
const overflow = (page: ExtPage) => page.evaluate(overflowInPage);

describe('the popup prerendered in every language (the build)', () => {
  const folders = readdirSync('assets/public/_locales');

  it.each(folders)('%s: its own page, with its lang, dir and words', (folder) => {
    const local = messagesOf(folder);
    const tag = local.locale!.message;
    const html = readFileSync(join(CHROME_BUILD, popupPage(tag)), 'utf8');
    const rtl = new Intl.Locale(tag).maximize().script === 'Arab';
    expect(/<html [^>]*>/.exec(html)?.[0]).toBe(`<html lang="${tag}" dir="${rtl ? 'rtl' : 'ltr'}">`);
    for (const key of ['popupWalkHeading', 'exerciseHeading', 'quickAnswersHeading', 'healthNote'])
      expect(html, key).toContain(local[key]!.message);
    if (folder !== 'en') expect(html).not.toContain(english.quickAnswersHeading!.message);
    // The same scripts and stylesheet as popup.html: only the words differ.
    const assets = (page: string) => page.match(/<(script|link)\b[^>]*>|<style>[\s\S]*?<\/style>/g);
    expect(assets(html)).toEqual(assets(readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8')));
  });
});

describe.each(BROWSERS)('languages in %s', (browserName) => {
  describe.each(LANGUAGES)('a $lang UI', ({ lang, dir, word }) => {
    const local = messagesOf(lang);
    let browser: ExtBrowser;
    let popup: ExtPage;
    let uiLanguage: string;

    /** The popup the toolbar button opens, once the background has pointed it at the browser's language. */
    async function openPopup(): Promise<ExtPage> {
      const blank = await browser.openPage('options.html');
      const action = await waitUntil(
        () =>
          blank.evaluate(async () => {
            const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
            return { popup: await api.action.getPopup({}), ui: api.i18n.getUILanguage() };
          }),
        (a) => a.popup.endsWith(`/${popupPage(local.locale!.message)}`),
        { what: `the toolbar button to open ${popupPage(local.locale!.message)}` },
      );
      uiLanguage = action.ui;
      await blank.close();
      const page = await browser.openPage(new URL(action.popup).pathname.slice(1));
      // Storage read (Start walk enabled) and the sections after the first paint loaded.
      await waitUntil(
        () =>
          page.evaluate(() => ({
            ready: document.getElementById('start-walk')?.hasAttribute('disabled') === false,
            loaded: !document.querySelector('.mini-exercise-loading, .quick-answers-loading'),
          })),
        (s) => s.ready && s.loaded,
        { what: 'the popup to be ready' },
      );
      return page;
    }

    beforeAll(async () => {
      browser = await launch(browserName, { lang });
      popup = await openPopup();
      console.info(`${browserName} asked for ${lang}: i18n.getUILanguage() = ${uiLanguage}`);
    }, 90_000);

    afterAll(async () => {
      await browser?.close();
    });

    it(`runs in ${lang}: the browser says so and the page is lang="${lang}" dir="${dir}"`, async () => {
      expect(uiLanguage.split('-')[0], `${browserName} did not switch its UI to ${lang}`).toBe(lang);
      expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        lang,
        dir,
      ]);
    });

    it('shows the popup’s headings and main button in the language', async () => {
      const shown = await popup.evaluate(() => ({
        headings: [...document.querySelectorAll('h1, h2')].map((h) => h.textContent!.trim()),
        start: document.getElementById('start-walk')!.textContent!.trim(),
      }));
      for (const key of ['extName', 'popupWalkHeading', 'exerciseHeading', 'quickAnswersHeading'])
        expect(shown.headings, key).toContain(local[key]!.message);
      expect(shown.start.startsWith(local.popupStartWalk!.message.split('$')[0]!.trim())).toBe(true);
    });

    it('shows no English UI text; the document’s English is marked lang="en" dir="ltr", with one line saying so', async () => {
      const text = await uiText(popup);
      expect(englishPhrases().filter((phrase) => text.includes(phrase))).toEqual([]);
      expect(text).toContain(local.contentInEnglish!.message);
      const marks = await popup.evaluate(() =>
        [...document.querySelectorAll('.question, .exercise-name, .exercise-instruction, .exercise-source [lang]')].map(
          (el) => `${el.getAttribute('lang')} ${el.getAttribute('dir')}`,
        ),
      );
      expect(marks.length).toBeGreaterThan(10);
      expect(new Set(marks)).toEqual(new Set(['en ltr']));
    });

    it('fits the popup’s width: nothing overflows, nothing scrolls sideways', async () => {
      const result = await overflow(popup);
      expect(result.width).toBeLessThanOrEqual(400);
      expect(result.out).toEqual([]);
      expect(result.pageScrolls).toBe(false);
    });

    it('holds the status’s place in the first paint, however the language wraps it', async () => {
      await waitUntil(() => popup.evaluate(() => document.getElementById('status-line') !== null), Boolean, {
        what: 'the status',
      });
      const { live, firstPaint } = await popup.evaluate(statusHeightsInPage);
      expect(Math.abs(live - firstPaint), `status ${live} px, in the first paint ${firstPaint} px`).toBeLessThan(1);
    });

    it('runs a walk in the language: the countdown and the English cue', async () => {
      await popup.evaluate(() => document.getElementById('start-walk')!.click());
      const running = await waitUntil(
        () =>
          popup.evaluate(() => ({
            timer: document.querySelector('.walk-clock')?.textContent ?? null,
            cue: document.querySelector('.walk-cue [lang="en"]')?.getAttribute('dir') ?? null,
            label: document.querySelector('.walk-cue-label')?.textContent ?? null,
          })),
        (s) => s.timer !== null,
        { what: 'the countdown' },
      );
      expect(running.timer).toMatch(/^\d+:\d\d$/);
      expect(running.cue).toBe('ltr');
      expect(running.label).toBe(local.popupWalkCue!.message);
      expect((await overflow(popup)).out).toEqual([]);
      const text = await uiText(popup);
      expect(englishPhrases().filter((phrase) => text.includes(phrase))).toEqual([]);
      expect(await axeViolations(popup)).toEqual([]);
      // Once it takes presses (a walk button holds them until the command before it is stored).
      await ui(popup).click(local.popupWalkCancel!.message);
      await waitUntil(() => popup.evaluate(() => document.getElementById('start-walk') !== null), Boolean, {
        what: 'the walk to be cancelled',
      });
    });

    it('names a word searched in the language as typed, and says the answers are in English', async () => {
      await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[type="search"]')!.focus());
      await popup.type(`hip ${word} `);
      const line = await waitUntil(
        () => popup.evaluate(() => document.querySelector('.answers-missing')?.textContent?.trim() ?? ''),
        Boolean,
        { what: 'the words no answer has' },
      );
      expect(line).toBe(local.answersMissingWords!.message.replace('$WORDS$', word));
      await ui(popup).click(local.answersClearSearch!.message);
    });

    it('has no axe-core violations on the popup, in light and (where emulated) dark', async () => {
      for (const scheme of schemesOf(popup)) {
        await popup.colorScheme?.(scheme);
        expect(await axeViolations(popup), scheme).toEqual([]);
      }
    });

    it(`renders the English page afresh in ${lang} when that one is opened (before the background chose)`, async () => {
      const page = await browser.openPage('popup.html');
      const shown = await waitUntil(
        () =>
          page.evaluate(() => ({
            lang: document.documentElement.lang,
            dir: document.documentElement.dir,
            heading: document.getElementById('quick-answers-heading')?.textContent ?? '',
          })),
        (s) => s.lang === lang,
        { what: `popup.html to turn ${lang}` },
      );
      expect(shown).toEqual({ lang, dir, heading: local.quickAnswersHeading!.message });
      await page.close();
    });

    it(`lays the options page out in ${lang} too, within its width, without axe-core violations`, async () => {
      const options = await browser.openPage('options.html');
      await waitUntil(
        () => options.evaluate(() => document.querySelector('h1')?.textContent ?? ''),
        (h1) => h1 !== '',
        { what: 'the options page' },
      );
      expect(
        await options.evaluate(() => [
          document.documentElement.lang,
          document.documentElement.dir,
          document.querySelector('h1')!.textContent,
        ]),
      ).toEqual([lang, dir, local.optionsHeading!.message]);
      const text = await uiText(options);
      expect(englishPhrases().filter((phrase) => text.includes(phrase))).toEqual([]);
      expect((await overflow(options)).pageScrolls).toBe(false);
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  });
});
